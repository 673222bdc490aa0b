import { screen } from '@testing-library/react';
import type { RequestHeaderFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { viewerMock as viewer } from '../../../test/viewer';
import { scheduledWithdrawalAction, WithdrawalRequestAlert } from './scheduled-withdrawal';

const scheduled = {
  status: 'SCHEDULED',
  withdrawal: null,
  withdrawalRequestedBy: null,
} as const;
const asked = {
  status: 'SCHEDULED',
  withdrawal: { requestedAt: '2027-01-01T01:00:00.000Z', reason: '顧客から日付変更の連絡' },
  withdrawalRequestedBy: { id: 'ASKER', displayName: '田中 花子' },
} as const;
const checker = { id: 'V1', isChecker: true, canWrite: true };

describe('scheduledWithdrawalAction', () => {
  it.each([
    ['anyone who drafts asks to withdraw a scheduled change', scheduled, checker, 'ASK'],
    [
      'staff who may not draft cannot ask',
      scheduled,
      { id: 'V1', isChecker: false, canWrite: false },
      null,
    ],
    ['another checker decides an asked withdrawal', asked, checker, 'DECIDE'],
    ['the asker does not decide their own', asked, { ...checker, id: 'ASKER' }, null],
    ['an operator does not decide', asked, { ...checker, isChecker: false }, null],
    ['nothing to withdraw once applied', { ...scheduled, status: 'APPLIED' }, checker, null],
  ] as const)('%s', (_, request, viewerFacts, expected) => {
    expect(scheduledWithdrawalAction(request, viewerFacts)).toBe(expected);
  });
});

const request = {
  __typename: 'ProvisioningRequest',
  id: 'UHJvdmlzaW9uaW5nUmVxdWVzdDo3',
  kind: 'CONVERSION',
  version: 1,
  createdAt: '2026-12-28T00:30:00.000Z',
  decidedAt: '2026-12-28T02:00:00.000Z',
  decisionReason: null,
  effectiveDate: '2027-01-03',
  appliedAt: null,
  failureReason: null,
  isMine: false,
  customer: {
    __typename: 'Customer',
    id: 'Q3VzdG9tZXI6MQ==',
    name: '株式会社サンプル',
    stage: 'TRIAL',
  },
  maker: null,
  checker: null,
  ...asked,
} as RequestHeaderFragment;

describe('WithdrawalRequestAlert', () => {
  it('shows who asked and why, and lets another checker confirm or decline', async () => {
    renderWithProviders(<WithdrawalRequestAlert request={request} />, {
      mocks: [viewer(['CHECKER'], ['provisioning:read', 'provisioning:write'])],
    });
    expect(await screen.findByRole('button', { name: '取り下げを承認' })).toBeVisible();
    expect(screen.getByRole('button', { name: '取り下げを却下' })).toBeVisible();
    const alert = screen.getByTestId('withdrawal-request');
    expect(alert).toHaveTextContent('田中 花子 さんが取り下げを申請しました');
    expect(alert).toHaveTextContent('理由: 顧客から日付変更の連絡');
  });
});

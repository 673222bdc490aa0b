import { screen } from '@testing-library/react';
import { useViewer } from '../../../app/auth/use-viewer';
import type { RequestHeaderFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { viewerMock as viewer } from '../../../test/viewer';
import { RequestActions } from './request-actions';

const request = {
  __typename: 'ProvisioningRequest',
  id: 'UHJvdmlzaW9uaW5nUmVxdWVzdDo3',
  kind: 'CONVERSION',
  status: 'APPLIED',
  version: 1,
  createdAt: '2026-04-01T00:30:00.000Z',
  decidedAt: '2026-04-01T02:00:00.000Z',
  decisionReason: null,
  effectiveDate: '2026-04-01',
  appliedAt: '2026-04-01T02:00:00.000Z',
  failureReason: null,
  withdrawal: null,
  withdrawalRequestedBy: null,
  isMine: false,
  customer: {
    __typename: 'Customer',
    id: 'Q3VzdG9tZXI6MQ==',
    name: '株式会社サンプル',
    stage: 'ACTIVE',
  },
  maker: null,
  checker: null,
} as RequestHeaderFragment;

/** Shows when the viewer has arrived (RequestActions shows nothing to wait for here). */
function ViewerName() {
  return <span>{useViewer().viewer?.displayName}</span>;
}

describe('RequestActions', () => {
  it('offers to record a near-miss about the request, with its customer chosen', async () => {
    renderWithProviders(<RequestActions request={request} />, {
      mocks: [viewer(['OPERATOR'], ['provisioning:read', 'near-misses:write'])],
    });
    const link = await screen.findByRole('link', { name: /ヒヤリ・ハットを記録/ });
    const target = new URL(link.getAttribute('href')!, 'http://admin.test');
    expect(target.pathname).toBe('/near-misses/new');
    expect(Object.fromEntries(target.searchParams)).toEqual({
      customerId: request.customer.id,
      requestId: request.id,
    });
  });

  it('offers nothing of the kind to staff who may not record near-misses', async () => {
    renderWithProviders(
      <>
        <ViewerName />
        <RequestActions request={request} />
      </>,
      { mocks: [viewer(['ANALYST'], ['provisioning:read'])] },
    );
    await screen.findByText('佐藤 一郎'); // the viewer is known
    expect(screen.queryByRole('link', { name: /ヒヤリ・ハットを記録/ })).toBeNull();
  });
});

import { auditActionsOf } from '@kizuna/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes, useLocation } from 'react-router';
import { AuditChainCheckDocument, AuditLogDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { AuditLogPage } from './audit-log.page';

const event = (id: string, action: string, actorType = 'STAFF') => ({
  __typename: 'AuditEvent',
  id,
  occurredAt: '2026-04-01T00:05:00.000Z',
  actorType,
  actorId: actorType === 'STAFF' ? 'U3RhZmZVc2VyOjE=' : null,
  actorName: actorType === 'STAFF' ? '高橋 三奈 (checker1)' : 'system',
  action,
  entityType: 'ProvisioningRequest',
  entityId: 'UHJvdmlzaW9uaW5nUmVxdWVzdDox',
  requestId: null,
  before: null,
  after: null,
  references: [],
});

const logMock = (filter: object, events: object[]) => ({
  request: { query: AuditLogDocument, variables: { first: 30, after: null, filter } },
  result: {
    data: {
      auditEvents: {
        __typename: 'AuditEventConnection',
        totalCount: events.length,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: events.map((node) => ({ __typename: 'AuditEventEdge', node })),
      },
    },
  },
});

function Where() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

function renderPage(search: string, mocks: object[], language: 'ja' | 'en' = 'ja') {
  return renderWithProviders(
    <Routes>
      <Route
        path="/audit"
        element={
          <>
            <AuditLogPage />
            <Where />
          </>
        }
      />
    </Routes>,
    { route: `/audit${search}`, mocks: mocks as never, language },
  );
}

describe('AuditLogPage', () => {
  it('sends the group and the Tokyo days of the URL, and names actions in words', async () => {
    const filter = { actions: auditActionsOf('REQUEST'), from: '2026-04-01', to: '2026-04-30' };
    renderPage('?group=REQUEST&from=2026-04-01&to=2026-04-30', [
      logMock(filter, [
        event('12', 'provisioningRequest.confirmationMismatch'),
        event('11', 'customer.trialExpired', 'SYSTEM'),
      ]),
    ]);
    const table = await screen.findByTestId('audit-table');
    await within(table).findByText('ダブルチェックで入力が不一致（差し戻し）');
    expect(table).not.toHaveTextContent('provisioningRequest.confirmationMismatch');
    expect(within(table).getByText('トライアルが期限切れ')).toBeInTheDocument();
    expect(within(table).getByText('システム')).toBeInTheDocument();
    expect(within(table).getByText('記録 #12')).toBeInTheDocument();
    // The select shows the group in words; the period picker shows the days.
    expect(screen.getByTestId('audit-action-filter')).toHaveTextContent(
      '申請とダブルチェックのすべての操作',
    );
    expect(screen.getByDisplayValue('2026/04/01')).toBeInTheDocument();
    expect(screen.getByDisplayValue('2026/04/30')).toBeInTheDocument();
  });

  it('narrows to one action by its label, kept in the URL', async () => {
    renderPage('', [
      logMock({}, [event('12', 'provisioningRequest.confirmationMismatch')]),
      logMock({ action: 'provisioningRequest.confirmationMismatch' }, [
        event('12', 'provisioningRequest.confirmationMismatch'),
      ]),
    ]);
    await userEvent.click(await screen.findByText('ダブルチェックで入力が不一致（差し戻し）'));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(
        '?action=provisioningRequest.confirmationMismatch',
      ),
    );
    expect(screen.getByTestId('audit-action-filter')).toHaveTextContent(
      'ダブルチェックで入力が不一致（差し戻し）',
    );
  });

  it('runs the chain verification and names the first broken record', async () => {
    renderPage('', [
      logMock({}, []),
      {
        request: { query: AuditChainCheckDocument },
        result: {
          data: {
            auditChainStatus: {
              __typename: 'AuditChainStatus',
              ok: false,
              checked: 1204,
              firstBrokenId: '1205',
              fault: 'HASH_MISMATCH',
            },
          },
        },
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: /改ざんチェックを実行/ }));
    const result = await screen.findByTestId('audit-chain-result');
    expect(result).toHaveAttribute('data-ok', 'false');
    expect(result).toHaveTextContent('記録 #1205 で改ざんを検知しました');
    expect(result).toHaveTextContent('記録の内容がハッシュと一致しません');
    expect(result).toHaveTextContent('それより前の1,204件は正常です');
  });

  it('says so plainly when the chain is intact, in English too', async () => {
    renderPage(
      '',
      [
        logMock({}, []),
        {
          request: { query: AuditChainCheckDocument },
          result: {
            data: {
              auditChainStatus: {
                __typename: 'AuditChainStatus',
                ok: true,
                checked: 3000,
                firstBrokenId: null,
                fault: null,
              },
            },
          },
        },
      ],
      'en',
    );
    await userEvent.click(await screen.findByRole('button', { name: /Check for tampering/ }));
    const result = await screen.findByTestId('audit-chain-result');
    expect(result).toHaveAttribute('data-ok', 'true');
    expect(result).toHaveTextContent('No tampering found');
    expect(result).toHaveTextContent('3,000 records verified');
  });
});

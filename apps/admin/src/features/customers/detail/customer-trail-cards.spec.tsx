import { screen, within } from '@testing-library/react';
import { CustomerAuditEventsDocument, CustomerNearMissesDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { CustomerAuditCard, CustomerNearMissesCard, TRAIL_SIZE } from './customer-trail-cards';

describe('the customer trail cards', () => {
  it('lists the latest audit events in words, linking to the audit log of this customer', async () => {
    renderWithProviders(<CustomerAuditCard customerId="C1" />, {
      mocks: [
        {
          request: {
            query: CustomerAuditEventsDocument,
            variables: { entityId: 'C1', first: TRAIL_SIZE },
          },
          result: {
            data: {
              auditEvents: {
                __typename: 'AuditEventConnection',
                totalCount: 12,
                edges: [
                  {
                    __typename: 'AuditEventEdge',
                    node: {
                      __typename: 'AuditEvent',
                      id: '41',
                      action: 'customer.updated',
                      actorName: '佐藤 一郎',
                      occurredAt: '2026-12-04T01:00:00.000Z',
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const card = screen.getByTestId('customer-audit');
    expect(await within(card).findByText('顧客情報を変更')).toBeInTheDocument();
    expect(within(card).getByText(/佐藤 一郎/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /すべて見る（12件）/ })).toHaveAttribute(
      'href',
      '/audit?entityId=C1',
    );
  });

  it('lists the latest near-misses, linking to the near-miss list of this customer', async () => {
    renderWithProviders(<CustomerNearMissesCard customerId="Q3VzdG9tZXI6MQ==" />, {
      mocks: [
        {
          request: {
            query: CustomerNearMissesDocument,
            variables: { customerId: 'Q3VzdG9tZXI6MQ==', first: TRAIL_SIZE },
          },
          result: {
            data: {
              nearMisses: {
                __typename: 'NearMissConnection',
                totalCount: 7,
                edges: [
                  {
                    __typename: 'NearMissEdge',
                    node: {
                      __typename: 'NearMiss',
                      id: 'N1',
                      kind: 'NEAR_MISS',
                      status: 'OPEN',
                      occurredAt: '2026-12-01T01:00:00.000Z',
                      description: '請求先の入力ミス',
                    },
                  },
                ],
              },
            },
          },
        },
      ],
    });
    const card = screen.getByTestId('customer-near-misses');
    expect(await within(card).findByText('請求先の入力ミス')).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: /すべて見る（7件）/ })).toHaveAttribute(
      'href',
      '/near-misses?customer=Q3VzdG9tZXI6MQ%3D%3D',
    );
  });

  it('says when the customer has no near-misses', async () => {
    renderWithProviders(<CustomerNearMissesCard customerId="C1" />, {
      mocks: [
        {
          request: {
            query: CustomerNearMissesDocument,
            variables: { customerId: 'C1', first: TRAIL_SIZE },
          },
          result: {
            data: {
              nearMisses: { __typename: 'NearMissConnection', totalCount: 0, edges: [] },
            },
          },
        },
      ],
    });
    expect(await screen.findByText('この顧客のヒヤリ・ハットはありません。')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /すべて見る/ })).toBeNull();
  });
});

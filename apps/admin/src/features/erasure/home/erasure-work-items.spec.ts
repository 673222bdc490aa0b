import type { ErasureWorkItemFragment } from '../../../gql/graphql';
import { erasureWorkItems } from './erasure-work-items';

const customer = (id: string, dueAt: string, cancelledAt: string | null = null) => ({
  node: {
    id,
    name: `株式会社${id}`,
    erasureDueAt: dueAt,
    subscription: cancelledAt ? { id: `S-${id}`, cancelledAt } : null,
  } satisfies ErasureWorkItemFragment,
});

describe('erasureWorkItems', () => {
  it('lists overdue erasures first, then this week’s, each soonest due first', () => {
    const items = erasureWorkItems(
      {
        edges: [
          customer('B', '2027-01-05T15:00:00Z', '2026-12-06T15:00:00Z'),
          customer('A', '2026-12-20T15:00:00Z', '2026-11-20T15:00:00Z'),
        ],
      },
      { edges: [customer('D', '2027-01-15T15:00:00Z'), customer('C', '2027-01-12T15:00:00Z')] },
    );
    expect(items.map((i) => `${i.status} ${i.id}`)).toEqual([
      'OVERDUE A',
      'OVERDUE B',
      'DUE_THIS_WEEK C',
      'DUE_THIS_WEEK D',
    ]);
    expect(items[0]).toEqual({
      id: 'A',
      name: '株式会社A',
      churnedAt: '2026-11-20T15:00:00Z',
      dueAt: '2026-12-20T15:00:00Z',
      status: 'OVERDUE',
    });
    expect(items[2]?.churnedAt).toBeNull();
  });

  it('is empty while nothing is due (or nothing has arrived)', () => {
    expect(erasureWorkItems({ edges: [] }, undefined)).toEqual([]);
  });
});

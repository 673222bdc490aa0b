import { claimOutboxEvents, enqueueOutbox } from '../src/features/outbox/outbox.service';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

describe('outbox', () => {
  it('hands each event to exactly one of several concurrent workers', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 6; i++)
      ids.push(
        await enqueueOutbox(db.dataSource, {
          type: 'subscription.changed',
          aggregateType: 'Subscription',
          aggregateId: '00000000-0000-4000-8000-000000000000',
          occurredAt: new Date(),
          payload: { n: i },
        }),
      );

    // Two workers, each in its own transaction on its own connection, both holding their claims.
    const runners = [db.dataSource.createQueryRunner(), db.dataSource.createQueryRunner()];
    for (const r of runners) await r.startTransaction();
    const first = await claimOutboxEvents(runners[0]!.manager, 4);
    const second = await claimOutboxEvents(runners[1]!.manager, 4);
    for (const r of runners) {
      await r.rollbackTransaction();
      await r.release();
    }

    expect(first.map((e) => e.id)).toEqual(ids.slice(0, 4));
    expect(second.map((e) => e.id)).toEqual(ids.slice(4));
  });
});

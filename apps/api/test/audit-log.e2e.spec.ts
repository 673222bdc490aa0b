import { randomUUID } from 'node:crypto';
import { recordAudit } from '../src/features/audit/audit.service';
import { processNextUsageImport } from '../src/features/usage/usage-import.service';
import { toGlobalId } from '../src/graphql/relay';
import { createTrialCustomer } from './helpers/factories';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

let server: TestServer;
let checker: string;
beforeAll(async () => {
  server = await startTestServer();
  checker = await server.loginAs('checker1@kizuna.example');
});
afterAll(() => server.close());

const EVENTS = `query ($f: AuditEventFilter, $after: String) {
  auditEvents(first: 2, after: $after, filter: $f) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action occurredAt actorType actorName actorId } } } }`;

async function events(filter: LooseData, after?: string) {
  const res = await server.gql(EVENTS, { f: filter, after }, { token: checker });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.auditEvents as LooseData;
}

/** Append an event for `entityId` as if written at `at` (only Date is frozen: I/O runs on). */
async function appendAt(at: string, entityId: string, action: 'customer.updated' | 'task.created') {
  jest.useFakeTimers({
    now: new Date(at),
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  });
  try {
    await server.db.dataSource.transaction((m) =>
      recordAudit(m, {
        actor: null,
        requestId: null,
        action,
        entityType: 'Customer',
        entityId,
        before: null,
        after: { at },
      }),
    );
  } finally {
    jest.useRealTimers();
  }
}

describe('auditEvents filters', () => {
  it('narrows to a range of Tokyo days, both ends included, keyset pages kept', async () => {
    const entityId = randomUUID();
    // 23:59 on 31 March, 00:00 and 23:59:59 on 1 April, 00:00 on 2 April (Asia/Tokyo).
    for (const at of [
      '2026-03-31T14:59:00Z',
      '2026-03-31T15:00:00Z',
      '2026-04-01T08:00:00Z',
      '2026-04-01T14:59:59Z',
      '2026-04-01T15:00:00Z',
    ])
      await appendAt(at, entityId, 'customer.updated');
    const f = { entityId: toGlobalId('Customer', entityId), from: '2026-04-01', to: '2026-04-01' };

    const first = await events(f);
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await events(f, first.pageInfo.endCursor);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const times = [...first.edges, ...second.edges].map((e: LooseData) => e.node.occurredAt);
    expect(times).toEqual([
      '2026-04-01T14:59:59.000Z',
      '2026-04-01T08:00:00.000Z',
      '2026-03-31T15:00:00.000Z',
    ]);

    // From a day on, up to a day: each end alone; a date typed as YYYY/M/D is read the same.
    expect((await events({ ...f, to: null })).totalCount).toBe(4);
    expect((await events({ ...f, from: null, to: '2026/3/31' })).totalCount).toBe(1);
  });

  it('refuses a range that is not one', async () => {
    for (const bad of [{ from: '2026-02-30' }, { from: '2026-04-02', to: '2026-04-01' }]) {
      const res = await server.gql(EVENTS, { f: bad }, { token: checker });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('narrows to any of several actions (a group in the console)', async () => {
    const entityId = randomUUID();
    await appendAt('2026-05-01T01:00:00Z', entityId, 'customer.updated');
    await appendAt('2026-05-01T02:00:00Z', entityId, 'task.created');
    const entity = toGlobalId('Customer', entityId);
    const both = await events({ entityId: entity, actions: ['task.created', 'customer.updated'] });
    expect(both.totalCount).toBe(2);
    const one = await events({ entityId: entity, actions: ['task.created', 'plan.created'] });
    expect(one.edges.map((e: LooseData) => e.node.action)).toEqual(['task.created']);
  });
});

describe('imports in the audit trail', () => {
  it('names the staff member who uploaded a usage file, not "system"', async () => {
    const customer = await createTrialCustomer(server);
    const admin = await server.loginAs('admin@kizuna.example');
    const res = await fetch(`${server.url}/imports/usage`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${admin}`,
        'content-type': 'text/csv',
        'x-file-name': encodeURIComponent('usage.csv'),
      },
      body: `corporate_number,date,active_users,storage_gb\n${customer.corporateNumber},2026-04-01,3,1.5\n`,
    });
    expect(res.status).toBe(202);
    const { import: queued } = (await res.json()) as LooseData;
    // The route starts the import at once; the queue is run too, in case this replica was busy.
    for (let i = 0; i < 100; i++) {
      const status = await server.gql(
        `query ($id: ID!) { usageImport(id: $id) { status } }`,
        { id: queued.id },
        { token: admin },
      );
      if (['DONE', 'FAILED'].includes(status.data?.usageImport?.status)) break;
      await processNextUsageImport(server.db.dataSource);
      await new Promise((r) => setTimeout(r, 50));
    }
    const done = await events({ action: 'usageImport.completed' });
    expect(done.edges[0].node).toMatchObject({
      actorType: 'STAFF',
      actorName: '渡辺 六花 (admin)',
      actorId: expect.any(String),
    });
  });
});

import { ManualClock } from '@kizuna/domain';
import {
  processNextUsageImport,
  queueUsageImport,
} from '../src/features/usage/usage-import.service';
import { usageGroupSumsQuery } from '../src/features/usage/usage-report.query';
import { createTrialCustomer } from './helpers/factories';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

// 12:00 JST on 2026-04-10: "today" for every rule below.
const clock = new ManualClock(new Date('2026-04-10T03:00:00Z'));
let server: TestServer;
let admin: string;
let analyst: string;
let writerKey: string;
let readerKey: string;

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

beforeAll(async () => {
  server = await startTestServer({ clock });
  admin = await server.loginAs('admin@kizuna.example');
  analyst = await server.loginAs('analyst@kizuna.example');
  const key = async (scopes: string[]) =>
    (
      await server.gql(
        `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
        { input: { name: `usage ${scopes.join(' ')}`, scopes } },
        { token: admin },
      )
    ).data?.createApiKey.key as string;
  writerKey = await key(['usage:write']);
  readerKey = await key(['usage:read']);
});
afterAll(() => server?.close());

const RECORD = `mutation ($input: RecordDailyUsageInput!) {
  recordDailyUsage(input: $input) {
    usage { date activeUsers storageGb } replaced
    userErrors { code field message messageJa messageEn }
  }
}`;

async function record(
  customerId: string,
  date: string,
  activeUsers: number,
  storageGb: number,
  token = writerKey,
) {
  const res = await server.gql(
    RECORD,
    { input: { customerId, date, activeUsers, storageGb } },
    {
      token,
    },
  );
  return res;
}

const REPORT = `query ($groupBy: UsageGroupBy!, $filter: UsageReportFilter) {
  usageReport(groupBy: $groupBy, filter: $filter) {
    from to groupBy groups { key label customers dau mau stickiness storageGb }
  }
}`;

async function report(groupBy: string, filter: Record<string, unknown>, token = analyst) {
  const res = await server.gql(REPORT, { groupBy, filter }, { token });
  expect(res.errors).toBeUndefined();
  return res.data?.usageReport as {
    groups: {
      key: string;
      label: string;
      customers: number;
      dau: number;
      mau: number;
      stickiness: number | null;
      storageGb: number;
    }[];
  };
}

async function upload(body: string | Buffer, contentType: string, token = writerKey) {
  const res = await fetch(`${server.url}/imports/usage`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': contentType,
      'x-file-name': 'usage.csv',
    },
    body,
  });
  return { status: res.status, body: (await res.json()) as LooseData };
}

const IMPORT = `query ($id: ID!) {
  usageImport(id: $id) {
    status format totalRows processedRows importedRows errorRows progress failure
    errors { line code field message }
  }
}`;

/** Wait for an import (started by the upload itself) to end. */
async function finished(id: string) {
  for (let i = 0; i < 100; i += 1) {
    const res = await server.gql(IMPORT, { id }, { token: analyst });
    const imp = res.data?.usageImport;
    if (imp && (imp.status === 'DONE' || imp.status === 'FAILED')) return imp;
    await processNextUsageImport(server.db.dataSource, () => clock.now());
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('import did not finish');
}

async function daysOf(customerGlobalId: string) {
  return server.db.dataSource.query(
    `SELECT to_char(usage_date, 'YYYY-MM-DD') AS date, active_users, storage_gb::float8 AS storage
       FROM daily_usage WHERE customer_id = $1 ORDER BY usage_date`,
    [dbId(customerGlobalId)],
  );
}

describe('recordDailyUsage', () => {
  it('stores a day, and replaces it when sent again (audited each time)', async () => {
    const c = await createTrialCustomer(server);
    const first = await record(c.id, '2026-04-10', 12, 1.5);
    expect(first.data?.recordDailyUsage).toEqual({
      usage: { date: '2026-04-10', activeUsers: 12, storageGb: 1.5 },
      replaced: false,
      userErrors: [],
    });
    const again = await record(c.id, '2026-04-10', 7, 2.25);
    expect(again.data?.recordDailyUsage).toMatchObject({
      usage: { date: '2026-04-10', activeUsers: 7, storageGb: 2.25 },
      replaced: true,
    });
    expect(await daysOf(c.id)).toEqual([{ date: '2026-04-10', active_users: 7, storage: 2.25 }]);
    const audit: { before: unknown; after: unknown }[] = await server.db.dataSource.query(
      `SELECT before, after FROM audit_event WHERE action = 'usage.recorded' AND entity_id = $1
        ORDER BY id`,
      [dbId(c.id)],
    );
    expect(audit).toEqual([
      { before: null, after: { date: '2026-04-10', activeUsers: 12, storageGb: 1.5 } },
      {
        before: { date: '2026-04-10', activeUsers: 12, storageGb: 1.5 },
        after: { date: '2026-04-10', activeUsers: 7, storageGb: 2.25 },
      },
    ]);
  });

  it('keeps the monthly peak right when a replaced day goes down', async () => {
    const c = await createTrialCustomer(server);
    await record(c.id, '2026-03-01', 30, 1);
    await record(c.id, '2026-03-02', 10, 1);
    await record(c.id, '2026-03-01', 5, 1);
    const r = await report('CUSTOMER', {
      from: '2026-03-01',
      to: '2026-03-31',
      customerIds: [c.id],
    });
    // Days 5 and 10: DAU 7.5, the month's peak is now 10.
    expect(r.groups).toEqual([expect.objectContaining({ dau: 7.5, mau: 10, stickiness: 0.75 })]);
  });

  it.each([
    ['tomorrow in Tokyo', { date: '2026-04-11' }, [['DATE_IN_FUTURE', 'date']]],
    ['a malformed date', { date: '2026-02-30' }, [['INVALID_DATE', 'date']]],
    [
      'negative figures',
      { activeUsers: -1, storageGb: -0.5 },
      [
        ['OUT_OF_RANGE', 'activeUsers'],
        ['OUT_OF_RANGE', 'storageGb'],
      ],
    ],
  ])('refuses %s with userErrors in ja and en', async (_name, change, expected) => {
    const c = await createTrialCustomer(server);
    const input = { customerId: c.id, date: '2026-04-01', activeUsers: 1, storageGb: 1, ...change };
    const res = await server.gql(RECORD, { input }, { token: writerKey });
    const payload = res.data?.recordDailyUsage;
    expect(payload.usage).toBeNull();
    expect(
      payload.userErrors.map((e: { code: string; field: string }) => [e.code, e.field]),
    ).toEqual(expected);
    expect(payload.userErrors[0].messageJa).not.toEqual(payload.userErrors[0].messageEn);
    expect(await daysOf(c.id)).toEqual([]);
  });

  it('refuses an unknown or erased customer as NOT_FOUND', async () => {
    const c = await createTrialCustomer(server);
    await server.db.dataSource.query(`UPDATE customer SET stage = 'ERASED' WHERE id = $1`, [
      dbId(c.id),
    ]);
    for (const customerId of [c.id, 'not-an-id']) {
      const res = await record(customerId, '2026-04-01', 1, 1);
      expect(res.data?.recordDailyUsage.userErrors).toEqual([
        expect.objectContaining({ code: 'NOT_FOUND', field: 'customerId' }),
      ]);
    }
  });

  it('needs usage:write: analysts and read-only keys are refused', async () => {
    const c = await createTrialCustomer(server);
    for (const token of [analyst, readerKey]) {
      const res = await record(c.id, '2026-04-01', 1, 1, token);
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const byAdmin = await record(c.id, '2026-04-01', 1, 1, admin);
    expect(byAdmin.data?.recordDailyUsage.userErrors).toEqual([]);
    // Reading needs usage:read: the writer key has only usage:write.
    const res = await server.gql(REPORT, { groupBy: 'PLAN', filter: {} }, { token: writerKey });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byReader = await server.gql(
      REPORT,
      { groupBy: 'PLAN', filter: {} },
      { token: readerKey },
    );
    expect(byReader.errors).toBeUndefined();
  });
});

describe('usageReport', () => {
  let a: { id: string; plan: string };
  let b: { id: string };

  beforeAll(async () => {
    const ca = await createTrialCustomer(server);
    const cb = await createTrialCustomer(server);
    // b moves to BASIC, a stays on its trial plan (another one).
    await server.db.dataSource.query(
      `UPDATE subscription SET plan_id = (SELECT id FROM plan WHERE code = 'BASIC') WHERE customer_id = $1`,
      [dbId(cb.id)],
    );
    const [{ code }] = await server.db.dataSource.query(
      `SELECT p.code FROM subscription s JOIN plan p ON p.id = s.plan_id WHERE s.customer_id = $1`,
      [dbId(ca.id)],
    );
    expect(code).not.toBe('BASIC');
    a = { id: ca.id, plan: code };
    b = { id: cb.id };
    for (const [c, date, users, gb] of [
      [a.id, '2026-01-30', 10, 1],
      [a.id, '2026-01-31', 20, 2],
      [a.id, '2026-02-01', 30, 3],
      [a.id, '2026-02-02', 10, 1],
      [b.id, '2026-01-31', 4, 0.5],
      [b.id, '2026-02-15', 6, 1.5],
    ] as const) {
      const res = await record(c, date, users, gb);
      expect(res.data?.recordDailyUsage.userErrors).toEqual([]);
    }
  });

  const both = () => [a.id, b.id];

  it('per month: DAU, MAU (monthly peak), stickiness and storage, summed over customers', async () => {
    const r = await report('MONTH', { from: '2026-01-01', to: '2026-02-28', customerIds: both() });
    expect(r.groups).toEqual([
      // a: (10+20)/2 = 15, peak 20, storage 1.5; b: 4, 4, 0.5
      {
        key: '2026-01',
        label: '2026-01',
        customers: 2,
        dau: 19,
        mau: 24,
        stickiness: 0.7917,
        storageGb: 2,
      },
      // a: (30+10)/2 = 20, peak 30, storage 2; b: 6, 6, 1.5
      {
        key: '2026-02',
        label: '2026-02',
        customers: 2,
        dau: 26,
        mau: 36,
        stickiness: 0.7222,
        storageGb: 3.5,
      },
    ]);
  });

  it('per customer and per plan: MAU is the peaks weighted by the days reported', async () => {
    const filter = { from: '2026-01-01', to: '2026-02-28', customerIds: both() };
    const byCustomer = await report('CUSTOMER', filter);
    const expected = {
      // a: 70 users over 4 days; peaks 20 (2 days) and 30 (2 days) → 25; storage 7/4
      [a.id]: { customers: 1, dau: 17.5, mau: 25, stickiness: 0.7, storageGb: 1.75 },
      // b: 10 over 2 days; peaks 4 and 6 → 5; storage 2/2
      [b.id]: { customers: 1, dau: 5, mau: 5, stickiness: 1, storageGb: 1 },
    };
    expect(
      Object.fromEntries(byCustomer.groups.map(({ key, label: _l, ...g }) => [key, g])),
    ).toEqual(expected);
    expect(byCustomer.groups.find((g) => g.key === a.id)?.label).toMatch(/^株式会社テスト/);
    const byPlan = await report('PLAN', filter);
    expect(Object.fromEntries(byPlan.groups.map(({ key, label: _l, ...g }) => [key, g]))).toEqual({
      [a.plan]: expected[a.id],
      BASIC: expected[b.id],
    });
    const basic = await report('PLAN', { ...filter, planCodes: ['BASIC'] });
    expect(basic.groups.map((g) => g.key)).toEqual(['BASIC']);
  });

  it('per fiscal quarter (April start): both months in FY2025-Q4', async () => {
    const r = await report('QUARTER', {
      from: '2026-01-01',
      to: '2026-02-28',
      customerIds: both(),
    });
    expect(r.groups).toEqual([
      {
        key: 'FY2025-Q4',
        label: 'FY2025-Q4',
        customers: 2,
        dau: 22.5,
        mau: 30,
        stickiness: 0.75,
        storageGb: 2.75,
      },
    ]);
  });

  it('mixes cut months (read day by day) with whole ones', async () => {
    // 31 Jan alone, then the whole of February.
    const mixed = await report('CUSTOMER', {
      from: '2026-01-31',
      to: '2026-02-28',
      customerIds: [a.id],
    });
    // a: 20, 30, 10 → 20; peaks 20 (1 day in the cut January), 30 (2 days) → 80/3
    expect(mixed.groups).toEqual([
      expect.objectContaining({ dau: 20, mau: 26.67, stickiness: 0.75, storageGb: 2 }),
    ]);
    const cut = await report('CUSTOMER', {
      from: '2026-01-31',
      to: '2026-02-01',
      customerIds: both(),
    });
    expect(cut.groups.map((g) => [g.key, g.dau, g.mau])).toEqual(
      [
        [a.id, 25, 25],
        [b.id, 4, 4],
      ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))),
    );
  });

  it('reads only the partitions (and months) of the period', async () => {
    const explain = async (from: string, to: string) => {
      const { sql, params } = usageGroupSumsQuery(
        { from, to, planCodes: null, customerIds: null },
        'MONTH',
        4,
      );
      const plan: { 'QUERY PLAN': string }[] = await server.db.dataSource.query(
        `EXPLAIN ${sql}`,
        params,
      );
      const text = plan.map((r) => r['QUERY PLAN']).join('\n');
      return [...new Set(text.match(/daily_usage_(\d{6}|default)\b/g))].sort();
    };
    const partitions: { name: string }[] = await server.db.dataSource.query(
      `SELECT c.relname AS name FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        WHERE i.inhparent = 'daily_usage'::regclass ORDER BY 1`,
    );
    expect(partitions.map((p) => p.name)).toEqual(
      expect.arrayContaining(['daily_usage_202601', 'daily_usage_202602', 'daily_usage_default']),
    );
    // Cut January and February: their two partitions only (whole months come from usage_month).
    expect(await explain('2026-01-15', '2026-02-10')).toEqual([
      'daily_usage_202601',
      'daily_usage_202602',
    ]);
    // Whole months: no partition at all.
    expect(await explain('2026-01-01', '2026-02-28')).toEqual([]);
    // Cut at both ends of a longer period: the two end months only.
    expect(await explain('2026-01-31', '2026-04-05')).toEqual([
      'daily_usage_202601',
      'daily_usage_202604',
    ]);
  });

  it('creates a month as the application (not the owner), moving rows out of DEFAULT', async () => {
    const c = await createTrialCustomer(server);
    const db = server.db.dataSource;
    const [{ role }] = await db.query(`SELECT current_user AS role`);
    expect(role).toBe('kizuna_app');
    // A day written without kizuna_ensure_usage_partitions lands in the DEFAULT partition.
    await db.query(
      `INSERT INTO daily_usage (customer_id, usage_date, active_users, storage_gb)
       VALUES ($1, '2019-05-10', 3, 1)`,
      [dbId(c.id)],
    );
    const home = () =>
      db.query(
        `SELECT tableoid::regclass::text AS partition, to_char(usage_date, 'YYYY-MM-DD') AS date
           FROM daily_usage WHERE customer_id = $1 ORDER BY usage_date`,
        [dbId(c.id)],
      );
    expect(await home()).toEqual([{ partition: 'daily_usage_default', date: '2019-05-10' }]);
    expect((await record(c.id, '2019-05-11', 4, 1)).data?.recordDailyUsage.userErrors).toEqual([]);
    expect(await home()).toEqual([
      { partition: 'daily_usage_201905', date: '2019-05-10' },
      { partition: 'daily_usage_201905', date: '2019-05-11' },
    ]);
  });

  it('Customer.usage: the last 90 days of each customer on a page, in one statement', async () => {
    const c = await createTrialCustomer(server);
    await record(c.id, '2026-01-10', 1, 1); // 91 days before today: outside
    await record(c.id, '2026-01-11', 2, 1);
    await record(c.id, '2026-04-10', 3, 1.5);
    const query = (withUsage: boolean) => `{
      customers(first: 50) { edges { node { id ${withUsage ? 'usage(days: 90) { date activeUsers storageGb }' : ''} } } }
    }`;
    const without = await server.gql(query(false), {}, { token: analyst });
    const withUsage = await server.gql(query(true), {}, { token: analyst });
    expect(withUsage.errors).toBeUndefined();
    const nodes = withUsage.data?.customers.edges.map((e: { node: unknown }) => e.node);
    expect(nodes.length).toBeGreaterThan(3);
    expect(nodes.find((n: { id: string }) => n.id === c.id).usage).toEqual([
      { date: '2026-01-11', activeUsers: 2, storageGb: 1 },
      { date: '2026-04-10', activeUsers: 3, storageGb: 1.5 },
    ]);
    expect(nodes.find((n: { id: string }) => n.id === a.id).usage).toHaveLength(4);
    expect(Number(withUsage.headers.get('x-sql-statements'))).toBe(
      Number(without.headers.get('x-sql-statements')) + 1,
    );
  });
});

describe('POST /imports/usage', () => {
  it('imports CSV (by corporate number or id) and reports bad rows by line, column and code', async () => {
    const c = await createTrialCustomer(server);
    const d = await createTrialCustomer(server);
    const csv = [
      '法人番号,customer_id,date,active_users,storage_gb',
      `${c.corporateNumber},,2026-03-01,10,1.5`,
      `,${d.id},2026-03-01,20,2`,
      `${c.corporateNumber},,2026-04-11,10,1`, // tomorrow
      `1234567890123,,2026-03-02,10,1`, // bad check digit
      `${c.corporateNumber},,2026-03-03,-5,x`,
      `,${d.id},2026-03-02,21,2.5`,
      `${c.corporateNumber},,2026-03-01,12,1.75`, // the same day again: replaces
    ].join('\r\n');
    const res = await upload(csv, 'text/csv');
    expect(res.status).toBe(202);
    const imp = await finished(res.body.import.id);
    expect(imp).toMatchObject({
      status: 'DONE',
      format: 'CSV',
      totalRows: 7,
      processedRows: 7,
      importedRows: 4,
      errorRows: 3,
      progress: 1,
    });
    expect(
      imp.errors.map((e: { line: number; code: string; field: string }) => [
        e.line,
        e.code,
        e.field,
      ]),
    ).toEqual([
      [4, 'DATE_IN_FUTURE', 'date'],
      [5, 'INVALID_CORPORATE_NUMBER', 'corporate_number'],
      [6, 'OUT_OF_RANGE', 'active_users'],
      [6, 'OUT_OF_RANGE', 'storage_gb'],
    ]);
    expect(await daysOf(c.id)).toEqual([{ date: '2026-03-01', active_users: 12, storage: 1.75 }]);
    expect(await daysOf(d.id)).toEqual([
      { date: '2026-03-01', active_users: 20, storage: 2 },
      { date: '2026-03-02', active_users: 21, storage: 2.5 },
    ]);
    // One audit event for the file, none per row.
    const [{ n }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action = 'usageImport.completed' AND entity_id = $1`,
      [dbId(res.body.import.id)],
    );
    expect(n).toBe(1);
    const [{ chunks }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS chunks FROM usage_import_chunk WHERE import_id = $1`,
      [dbId(res.body.import.id)],
    );
    expect(chunks).toBe(0);
  });

  it('imports NDJSON, reporting a line that is not JSON', async () => {
    const c = await createTrialCustomer(server);
    const lines = [
      JSON.stringify({ customerId: c.id, date: '2026-03-05', activeUsers: 3, storageGb: 0.5 }),
      '',
      '{"customerId": ',
      JSON.stringify({
        corporateNumber: c.corporateNumber,
        date: '2026-03-06',
        activeUsers: 4,
        storageGb: 1,
      }),
      JSON.stringify({ customerId: c.id, date: '2026-03-07' }),
    ];
    const res = await upload(lines.join('\n') + '\n', 'application/x-ndjson');
    expect(res.status).toBe(202);
    const imp = await finished(res.body.import.id);
    expect(imp).toMatchObject({ status: 'DONE', format: 'NDJSON', importedRows: 2, errorRows: 2 });
    expect(
      imp.errors.map((e: { line: number; code: string; field: string }) => [
        e.line,
        e.code,
        e.field,
      ]),
    ).toEqual([
      [3, 'INVALID_FILE', null],
      [5, 'REQUIRED', 'activeUsers'],
      [5, 'REQUIRED', 'storageGb'],
    ]);
    expect((await daysOf(c.id)).map((r: { date: string }) => r.date)).toEqual([
      '2026-03-05',
      '2026-03-06',
    ]);
  });

  it('refuses a file without the required columns as a whole', async () => {
    const res = await upload('date,active_users\n2026-03-01,1\n', 'text/csv');
    const imp = await finished(res.body.import.id);
    expect(imp).toMatchObject({ status: 'FAILED', importedRows: 0 });
    expect(imp.errors[0]).toMatchObject({ line: 1, code: 'MISSING_COLUMN' });
  });

  it('authenticates before the body, needs usage:write and a known content type', async () => {
    const anonymous = await fetch(`${server.url}/imports/usage`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'x',
    });
    expect(anonymous.status).toBe(401);
    expect((await upload('x', 'text/csv', readerKey)).status).toBe(403);
    expect((await upload('x', 'text/csv', analyst)).status).toBe(403);
    expect((await upload('x', 'application/json')).status).toBe(415);
  });

  it('resumes after a crash without counting a row twice', async () => {
    const customers = await Promise.all([1, 2, 3].map(() => createTrialCustomer(server)));
    const rows = customers.flatMap((c, i) =>
      Array.from(
        { length: 10 },
        (_, day) => `${c.corporateNumber},2026-03-${String(day + 1).padStart(2, '0')},${i + day},1`,
      ),
    );
    const file = ['corporate_number,date,active_users,storage_gb', ...rows].join('\n');
    const queued = await queueUsageImport(
      server.db.dataSource,
      null,
      'resume.csv',
      'CSV',
      Buffer.from(file),
    );
    if (!queued.ok) throw new Error('not queued');
    const progress = async () =>
      (
        await server.db.dataSource.query(
          `SELECT status, processed_rows, imported_rows, total_rows FROM usage_import WHERE id = $1`,
          [queued.id],
        )
      )[0];
    const abandon = () =>
      server.db.dataSource.query(
        `UPDATE usage_import SET heartbeat_at = now() - interval '3 minutes' WHERE id = $1`,
        [queued.id],
      );
    await processNextUsageImport(server.db.dataSource, () => clock.now(), queued.id, {
      batchSize: 10,
      stopAfterRows: 10,
    });
    expect(await progress()).toEqual({
      status: 'RUNNING',
      processed_rows: 10,
      imported_rows: 10,
      total_rows: 30,
    });
    // Not abandoned yet: nobody takes it over.
    expect(
      await processNextUsageImport(server.db.dataSource, () => clock.now(), queued.id),
    ).toBeNull();
    await abandon();
    await processNextUsageImport(server.db.dataSource, () => clock.now(), queued.id, {
      batchSize: 10,
    });
    expect(await progress()).toEqual({
      status: 'DONE',
      processed_rows: 30,
      imported_rows: 30,
      total_rows: 30,
    });
    const r = await report('CUSTOMER', {
      from: '2026-03-01',
      to: '2026-03-31',
      customerIds: customers.map((c) => c.id),
    });
    // Each customer: 10 days, users i..i+9 → mean i + 4.5; the monthly sums are not doubled.
    expect(r.groups.map((g) => g.dau).sort()).toEqual([4.5, 5.5, 6.5]);
    const [{ days }] = await server.db.dataSource.query(
      `SELECT sum(days)::int AS days FROM usage_month WHERE customer_id = ANY($1::uuid[])`,
      [customers.map((c) => dbId(c.id))],
    );
    expect(days).toBe(30);
  });
});

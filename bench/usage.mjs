// Benchmark (issue 15: usage): 10,000 customers × 730 days (7.3 M rows) loaded through
// POST /imports/usage, then usageReport for one customer over 90 days and for all customers by
// month over two years, through the GraphQL API and as the same aggregate written by hand in
// SQL, alternating in one run.
//   node bench/usage.mjs [--customers 10000] [--days 730] [--files 10] [--runs 15] [--reuse]
// Needs `npm run build` first. Uses BENCH_DATABASE_URL / TEST_DATABASE_URL or an embedded
// PostgreSQL. Goals: ≥ 50,000 rows/s; each report < 300 ms and within 1.5× of the hand SQL.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  apiStartArgs,
  benchServer,
  cpuSeconds,
  databaseUrl,
  freePort,
  freshDatabase,
  root,
  startProcess,
  stopProcess,
} from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const customerCount = arg('customers', 10_000);
const days = arg('days', 730);
const fileCount = arg('files', 10);
const runs = arg('runs', 15);
const reuse = process.argv.includes('--reuse');
const GOAL_ROWS_PER_S = 50_000;
const GOAL_RATIO = 1.5;
const GOAL_MS = 300;
const DAY = 86_400_000;

const server = await benchServer();
const url = reuse
  ? databaseUrl(server.url, 'kizuna_bench_usage')
  : await freshDatabase(server.url, 'kizuna_bench_usage');
if (!reuse) {
  console.log(`Seeding ${customerCount.toLocaleString('en')} customers…`);
  const seed = spawn(
    process.execPath,
    [
      join(root, 'apps/api/dist/cli/seed.js'),
      '--customers',
      // Some demo customers are erased (no usage is recorded for them): seed a few more.
      String(Math.ceil(customerCount * 1.1)),
      '--responses',
      '0',
    ],
    { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'error' }, stdio: 'inherit' },
  );
  if ((await new Promise((r) => seed.on('exit', r))) !== 0) throw new Error('seeding failed');
}

const db = new pg.Client({ connectionString: url });
await db.connect();
const customers = (
  await db.query(`SELECT id::text FROM customer WHERE stage <> 'ERASED' ORDER BY id LIMIT $1`, [
    customerCount,
  ])
).rows;

const port = await freePort();
const api = await startProcess(
  apiStartArgs(),
  {
    DATABASE_URL: url,
    PORT: String(port),
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    KIZUNA_AUDIT_KEY: process.env.KIZUNA_AUDIT_KEY ?? randomBytes(32).toString('base64'),
  },
  'Kizuna is running',
);
const base = `http://127.0.0.1:${port}`;
const post = (query, variables, token) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.json());
const login = async (email) =>
  (
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation { login(input: { email: "${email}", password: "kizuna-demo" }) { token } }`,
      }),
    }).then((r) => r.json())
  ).data.login.token;
const admin = await login('admin@kizuna.example');
const analyst = await login('analyst@kizuna.example');

// Today in Tokyo; the data covers the `days` days up to yesterday.
const today = new Date(Date.now() + 9 * 3_600_000).toISOString().slice(0, 10);
const dayOf = (i) => new Date(Date.parse(`${today}T00:00:00Z`) - (days - i) * DAY);
const dates = Array.from({ length: days }, (_, i) => dayOf(i).toISOString().slice(0, 10));
const lastDay = dates.at(-1);

const rows = customers.length * days;
if (!reuse) {
  // One file per share of the customers (each under the 100 MB upload limit), each customer's
  // days in order, as an exporting product would write them.
  const dir = mkdtempSync(join(tmpdir(), 'kizuna-usage-'));
  const files = [];
  const perFile = Math.ceil(customers.length / fileCount);
  console.log(`Writing ${rows.toLocaleString('en')} rows into ${fileCount} CSV files…`);
  for (let f = 0; f * perFile < customers.length; f++) {
    const path = join(dir, `usage-${f}.csv`);
    const out = createWriteStream(path);
    const write = (s) => (out.write(s) ? null : new Promise((r) => out.once('drain', r)));
    await write('customer_id,date,active_users,storage_gb\n');
    for (const [ci, c] of customers.slice(f * perFile, (f + 1) * perFile).entries()) {
      const size = 5 + ((ci * 7919) % 200);
      let lines = '';
      for (const [di, date] of dates.entries()) {
        const weekend = (di + ci) % 7 >= 5 ? 0.3 : 1;
        const users = Math.round(size * weekend * (0.5 + ((di * 31 + ci * 17) % 50) / 100));
        const storage = ((size * (di + 100)) / 1000).toFixed(3);
        lines += `${c.id},${date},${users},${storage}\n`;
      }
      const wait = write(lines);
      if (wait) await wait;
    }
    await new Promise((r) => out.end(r));
    files.push(path);
  }
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(
    `${(bytes / 1e6).toFixed(0)} MB. Load average before: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );

  // CPU seconds of the API process and of its PostgreSQL backends (application_name
  // 'kizuna-api', sampled every poll; n/a when PostgreSQL is on another machine): on a shared
  // machine rows/s follows the neighbours' load, rows per CPU-second does not.
  const backends = new Map();
  const sampleBackends = async () => {
    const { rows: pids } = await db.query(
      `SELECT pid FROM pg_stat_activity WHERE application_name = 'kizuna-api'`,
    );
    for (const { pid } of pids) {
      const now = cpuSeconds(pid);
      if (now === null) continue;
      const seen = backends.get(pid);
      backends.set(pid, { first: seen?.first ?? now, last: now });
    }
  };
  await sampleBackends();
  const apiCpu0 = cpuSeconds(api.pid);
  const started = performance.now();
  const ids = [];
  for (const file of files) {
    const res = await fetch(`${base}/imports/usage`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${admin}`,
        'content-type': 'text/csv',
        'x-file-name': file.split('/').at(-1),
      },
      body: readFileSync(file),
    });
    if (res.status !== 202) throw new Error(`upload: ${res.status} ${await res.text()}`);
    ids.push((await res.json()).import.id);
  }
  const uploaded = performance.now();
  const IMPORT = `query ($id: ID!) { usageImport(id: $id) { status processedRows importedRows errorRows failure } }`;
  for (;;) {
    const states = await Promise.all(ids.map((id) => post(IMPORT, { id }, analyst)));
    const imports = states.map((s) => s.data.usageImport);
    await sampleBackends();
    const processed = imports.reduce((sum, i) => sum + i.processedRows, 0);
    process.stdout.write(
      `\r  ${processed.toLocaleString('en')} / ${rows.toLocaleString('en')} rows`,
    );
    if (imports.some((i) => i.status === 'FAILED')) throw new Error(JSON.stringify(imports));
    if (imports.every((i) => i.status === 'DONE')) {
      const errors = imports.reduce((sum, i) => sum + i.errorRows, 0);
      if (errors > 0) throw new Error(`${errors} rows refused: ${JSON.stringify(imports)}`);
      break;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  const seconds = (performance.now() - started) / 1000;
  const rate = rows / seconds;
  console.log(
    `\nImported ${rows.toLocaleString('en')} rows in ${seconds.toFixed(1)} s ` +
      `(uploads stored in ${((uploaded - started) / 1000).toFixed(1)} s): ` +
      `${Math.round(rate).toLocaleString('en')} rows/s — goal ≥ ${GOAL_ROWS_PER_S.toLocaleString('en')}: ${rate >= GOAL_ROWS_PER_S ? 'met' : 'NOT met'}` +
      ` (load average after: ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})`,
  );
  const apiCpu = apiCpu0 === null ? null : cpuSeconds(api.pid) - apiCpu0;
  const dbCpu = [...backends.values()].reduce((sum, b) => sum + b.last - b.first, 0);
  if (apiCpu !== null && dbCpu > 0) {
    // Node and PostgreSQL work at the same time (a batch is parsed while the previous one is
    // written), so on two cores of its own the import is bound by the busier of the two.
    const bound = Math.max(apiCpu, dbCpu, (apiCpu + dbCpu) / 2);
    console.log(
      `CPU: API ${apiCpu.toFixed(1)} s, PostgreSQL backends ${dbCpu.toFixed(1)} s — ` +
        `${Math.round(rows / (apiCpu + dbCpu)).toLocaleString('en')} rows per CPU-second; ` +
        `on 2 unshared cores about ${Math.round(rows / bound).toLocaleString('en')} rows/s`,
    );
  }
  rmSync(dir, { recursive: true, force: true });
  await db.query(`VACUUM ANALYZE daily_usage`);
  await db.query(`VACUUM ANALYZE usage_month`);
}
const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM daily_usage`)).rows;
console.log(`Usage rows in the database: ${n.toLocaleString('en')}`);

const REPORT = `query ($groupBy: UsageGroupBy!, $filter: UsageReportFilter) {
  usageReport(groupBy: $groupBy, filter: $filter) { groups { key dau mau stickiness storageGb } } }`;
const round2 = (x) => Math.round(Number(x) * 100) / 100;

// One customer, the 90 days up to the last day with data: read day by day by hand.
const one = customers[Math.floor(customers.length / 2)];
const from90 = new Date(Date.parse(`${lastDay}T00:00:00Z`) - 89 * DAY).toISOString().slice(0, 10);
const oneCustomer = {
  name: 'one customer, 90 days',
  groupBy: 'CUSTOMER',
  filter: {
    from: from90,
    to: lastDay,
    customerIds: [Buffer.from(`Customer:${one.id}`).toString('base64url')],
  },
  sql: `SELECT sum(a)::float8 / sum(d) AS dau, sum(d * p)::float8 / sum(d) AS mau
          FROM (SELECT count(*) AS d, sum(active_users) AS a, max(active_users) AS p
                  FROM daily_usage
                 WHERE customer_id = $1 AND usage_date BETWEEN $2 AND $3
                 GROUP BY date_trunc('month', usage_date)) per_month`,
  params: [one.id, from90, lastDay],
  same: (api, sql) =>
    api.length === 1 &&
    round2(api[0].dau) === round2(sql[0].dau) &&
    round2(api[0].mau) === round2(sql[0].mau),
};
// All customers, the 24 whole months before this one: one row per customer-month by hand.
const monthStart = (offset) => {
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + offset);
  return d.toISOString().slice(0, 10);
};
const byMonth = {
  name: 'all customers by month, 2 years',
  groupBy: 'MONTH',
  filter: {
    from: monthStart(-24),
    to: new Date(Date.parse(`${monthStart(0)}T00:00:00Z`) - DAY).toISOString().slice(0, 10),
  },
  sql: `SELECT to_char(month, 'YYYY-MM') AS key, sum(active_users_sum::float8 / days) AS dau,
               sum(active_users_peak) AS mau
          FROM usage_month WHERE month >= $1 AND month < $2
         GROUP BY month ORDER BY month`,
  params: [monthStart(-24), monthStart(0)],
  same: (api, sql) =>
    api.length === sql.length &&
    api.every(
      (g, i) =>
        g.key === sql[i].key &&
        round2(g.dau) === round2(sql[i].dau) &&
        round2(g.mau) === round2(sql[i].mau),
    ),
};
// Context only: the same monthly figures straight from the days (no monthly sums).
const RAW_BY_MONTH = `
  SELECT key, sum(a::float8 / d) AS dau, sum(p) AS mau FROM (
    SELECT to_char(usage_date, 'YYYY-MM') AS key, customer_id, count(*) AS d,
           sum(active_users) AS a, max(active_users) AS p
      FROM daily_usage WHERE usage_date >= $1 AND usage_date < $2 GROUP BY 1, 2) x
   GROUP BY key ORDER BY key`;

const time = async (fn) => {
  const t = performance.now();
  const result = await fn();
  return { ms: performance.now() - t, result };
};
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], p90: s[Math.floor(s.length * 0.9)] };
};

let failed = false;
for (const c of [oneCustomer, byMonth]) {
  const apiResult = await post(REPORT, { groupBy: c.groupBy, filter: c.filter }, analyst);
  if (apiResult.errors) throw new Error(JSON.stringify(apiResult.errors));
  const sqlResult = (await db.query(c.sql, c.params)).rows;
  if (!c.same(apiResult.data.usageReport.groups, sqlResult)) {
    console.error(`${c.name}: the API and the hand-written SQL disagree`);
    console.error(
      JSON.stringify({
        api: apiResult.data.usageReport.groups.slice(0, 3),
        sql: sqlResult.slice(0, 3),
      }),
    );
    failed = true;
  }
  const apiTimes = [];
  const sqlTimes = [];
  for (let i = 0; i < runs; i++) {
    sqlTimes.push((await time(() => db.query(c.sql, c.params))).ms);
    apiTimes.push(
      (await time(() => post(REPORT, { groupBy: c.groupBy, filter: c.filter }, analyst))).ms,
    );
  }
  const a = stats(apiTimes);
  const s = stats(sqlTimes);
  const ratio = a.median / s.median;
  const ok = ratio <= GOAL_RATIO && a.median < GOAL_MS;
  if (!ok) failed = true;
  console.log(
    `usageReport ${c.name} (${apiResult.data.usageReport.groups.length} groups): ` +
      `API median ${a.median.toFixed(1)} ms (p90 ${a.p90.toFixed(1)}), hand SQL median ${s.median.toFixed(1)} ms (p90 ${s.p90.toFixed(1)}), ` +
      `ratio ${ratio.toFixed(2)}× — goal ≤ ${GOAL_RATIO}× and < ${GOAL_MS} ms: ${ok ? 'met' : 'NOT met'}`,
  );
}
// The floor of any request: HTTP, authentication (one statement), GraphQL; no report.
const floorTimes = [];
for (let i = 0; i < runs; i++)
  floorTimes.push((await time(() => post(`{ viewer { id } }`, {}, analyst))).ms);
console.log(
  `(context) an authenticated request that reads nothing else ({ viewer { id } }): median ${stats(floorTimes).median.toFixed(1)} ms`,
);
const raw = await time(() => db.query(RAW_BY_MONTH, byMonth.params));
console.log(
  `(context) the monthly figures straight from the ${n.toLocaleString('en')} days, by hand: ${raw.ms.toFixed(0)} ms`,
);
console.log(
  `Load average: ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);

await db.end();
await stopProcess(api);
await server.stop();
process.exit(failed ? 1 : 0);

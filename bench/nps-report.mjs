// Benchmark (issue: surveys): npsReport grouped by PLAN and by MONTH over 1,000,000 responses,
// through the GraphQL API and as the same aggregate written by hand in SQL, alternating in one
// run. Prints median and p90 times of both and the ratio. Goal: API within 1.5× of the hand
// SQL and under 300 ms.
//   node bench/nps-report.mjs [--responses 1000000] [--customers 10000] [--runs 15] [--reuse]
// Needs `npm run build` first. Uses BENCH_DATABASE_URL / TEST_DATABASE_URL or an embedded PostgreSQL.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import pg from 'pg';
import {
  apiStartArgs,
  benchServer,
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
const responses = arg('responses', 1_000_000);
const customers = arg('customers', 10_000);
const runs = arg('runs', 15);
const reuse = process.argv.includes('--reuse');
const GOAL_RATIO = 1.5;
const GOAL_MS = 300;

const server = await benchServer();
const url = reuse
  ? databaseUrl(server.url, 'kizuna_bench_nps')
  : await freshDatabase(server.url, 'kizuna_bench_nps');

if (!reuse) {
  console.log(
    `Seeding ${customers.toLocaleString('en')} customers and ${responses.toLocaleString('en')} responses…`,
  );
  const seed = spawn(
    process.execPath,
    [
      join(root, 'apps/api/dist/cli/seed.js'),
      '--customers',
      String(customers),
      '--responses',
      String(responses),
    ],
    { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'error' }, stdio: 'inherit' },
  );
  const code = await new Promise((r) => seed.on('exit', r));
  if (code !== 0) throw new Error(`seeding failed (exit ${code})`);
}

const db = new pg.Client({ connectionString: url });
await db.connect();
const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM survey_response`)).rows;
console.log(`Responses in the database: ${n.toLocaleString('en')}`);

const port = await freePort();
const api = await startProcess(
  apiStartArgs(),
  { DATABASE_URL: url, PORT: String(port), NODE_ENV: 'production', LOG_LEVEL: 'warn' },
  'Kizuna is running',
);
const endpoint = `http://127.0.0.1:${port}/graphql`;
const post = (query, variables, token) =>
  fetch(endpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.json());

const login = await post(
  `mutation { login(input: { email: "analyst@kizuna.example", password: "kizuna-demo" }) { token } }`,
);
const token = login.data.login.token;

const REPORT = `query ($groupBy: ReportGroupBy) { npsReport(groupBy: $groupBy) {
  score promoters passives detractors responses marginOfError smallSample
  groups { key score promoters passives detractors responses marginOfError smallSample }
  distribution { score count } } }`;

/** The same aggregate by hand: counts per group and NPS, all NPS surveys, every response. */
const HAND_SQL = {
  PLAN: `coalesce(r.plan_code, 'NONE')`,
  MONTH: `to_char(date_trunc('month', r.answered_at AT TIME ZONE 'Asia/Tokyo'), 'YYYY-MM')`,
};
const handSql = (key) => `
  SELECT ${key} AS key,
         count(*) FILTER (WHERE r.score >= 9) AS promoters,
         count(*) FILTER (WHERE r.score BETWEEN 7 AND 8) AS passives,
         count(*) FILTER (WHERE r.score <= 6) AS detractors,
         count(*) AS responses,
         round(100.0 * (count(*) FILTER (WHERE r.score >= 9) - count(*) FILTER (WHERE r.score <= 6))
               / count(*), 1) AS nps
    FROM survey_response r JOIN survey s ON s.id = r.survey_id
   WHERE s.kind = 'NPS'
   GROUP BY 1 ORDER BY 1`;

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
for (const groupBy of ['PLAN', 'MONTH']) {
  const apiTimes = [];
  const sqlTimes = [];
  // Warm both paths (plans, caches), and check that they agree.
  const apiResult = (await post(REPORT, { groupBy }, token)).data.npsReport;
  const sqlResult = (await db.query(handSql(HAND_SQL[groupBy]))).rows;
  const same =
    apiResult.groups.length === sqlResult.length &&
    apiResult.groups.every(
      (g, i) =>
        g.key === sqlResult[i].key &&
        g.responses === Number(sqlResult[i].responses) &&
        g.score === Number(sqlResult[i].nps),
    );
  if (!same) {
    console.error(`${groupBy}: the API and the hand-written SQL disagree`);
    failed = true;
  }
  for (let i = 0; i < runs; i++) {
    // Alternate, so that both see the same machine conditions.
    sqlTimes.push((await time(() => db.query(handSql(HAND_SQL[groupBy])))).ms);
    apiTimes.push((await time(() => post(REPORT, { groupBy }, token))).ms);
  }
  const a = stats(apiTimes);
  const s = stats(sqlTimes);
  const ratio = a.median / s.median;
  const ok = ratio <= GOAL_RATIO && a.median < GOAL_MS;
  if (!ok) failed = true;
  console.log(
    `npsReport groupBy ${groupBy.padEnd(5)} over ${n.toLocaleString('en')} responses (${apiResult.groups.length} groups): ` +
      `API median ${a.median.toFixed(0)} ms (p90 ${a.p90.toFixed(0)}), hand SQL median ${s.median.toFixed(0)} ms (p90 ${s.p90.toFixed(0)}), ` +
      `ratio ${ratio.toFixed(2)}× — goal ≤ ${GOAL_RATIO}× and < ${GOAL_MS} ms: ${ok ? 'met' : 'NOT met'}`,
  );
}

await db.end();
await stopProcess(api);
await server.stop();
process.exit(failed ? 1 : 0);

// Benchmark (issue: foundation): the nested integrator query customers(first: 100) with
// subscription, plan and options — through the GraphQL API and through a raw-pg handler that
// returns the same JSON — on 100,000 seeded customers, alternating rounds, in one run.
//   node bench/customers-query.mjs [--customers 100000] [--rounds 3] [--seconds 5] [--connections 10] [--warmup 10] [--reuse]
// Needs `npm run build` first. Uses BENCH_DATABASE_URL / TEST_DATABASE_URL or an embedded PostgreSQL.
import { join } from 'node:path';
import { createRequire } from 'node:module';
import pg from 'pg';
import {
  apiStartArgs,
  benchServer,
  cpuSeconds,
  freePort,
  databaseUrl,
  freshDatabase,
  load,
  root,
  startProcess,
  stopProcess,
} from './lib.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const customers = arg('customers', 100_000);
const rounds = arg('rounds', 3);
const seconds = arg('seconds', 5);
const connections = arg('connections', 10);
// Seconds of load on each server before measuring. V8 keeps optimising for the first ~15 s of
// load (the API's CPU per request fell from 6.5 to 4.2 ms over five 5-s rounds after a 2-s
// warm-up); a server runs for days, so the bench measures the steady state.
const warmup = arg('warmup', 10);
// --reuse: keep the already seeded kizuna_bench database (the API still applies migrations).
const reuse = process.argv.includes('--reuse');

const QUERY = `{ customers(first: 100) { edges { node { id name stage
  subscription { status plan { code name } options { code kind factorCategory } } } } } }`;

const server = await benchServer();
const url = reuse
  ? databaseUrl(server.url, 'kizuna_bench')
  : await freshDatabase(server.url, 'kizuna_bench');
const env = { DATABASE_URL: url, LOG_LEVEL: 'warn', NODE_ENV: 'production' };

if (!reuse) {
  console.log(`Seeding ${customers.toLocaleString('en')} customers…`);
  const seed = await startProcess(
    [join(root, 'apps/api/dist/cli/seed.js'), '--customers', String(customers)],
    { DATABASE_URL: url, LOG_LEVEL: 'warn' },
    'Seeded',
  );
  await new Promise((r) => seed.on('exit', r));
}

const apiPort = await freePort();
const rawPort = await freePort();
// The API starts as in production (apps/api's start script, with its V8 flags).
const api = await startProcess(
  apiStartArgs(),
  { ...env, PORT: String(apiPort) },
  'Kizuna is running',
);
const raw = await startProcess(
  [join(root, 'bench/raw-server.mjs')],
  { DATABASE_URL: url, PORT: String(rawPort) },
  'raw baseline ready',
);

// An API key, as an integrator would use.
const require = createRequire(join(root, 'apps/api/package.json'));
const { createDataSource } = require('./dist/db/data-source.js');
const { issueApiKey } = require('./dist/features/auth/auth.service.js');
const ds = createDataSource({ url, poolSize: 1 });
await ds.initialize();
const { key } = await issueApiKey(ds, {
  name: 'bench',
  scopes: ['customers:read', 'catalog:read'],
  createdBy: null,
});
await ds.destroy();

const body = JSON.stringify({ query: QUERY });
const apiRequest = () =>
  fetch(`http://127.0.0.1:${apiPort}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body,
  });
const rawRequest = () => fetch(`http://127.0.0.1:${rawPort}/`);

// Same JSON from both (ignoring order-irrelevant whitespace).
const [a, b] = await Promise.all([
  apiRequest().then((r) => r.json()),
  rawRequest().then((r) => r.json()),
]);
if (JSON.stringify(a) !== JSON.stringify(b)) {
  console.error(
    'API and raw baseline disagree:',
    JSON.stringify(a).slice(0, 300),
    JSON.stringify(b).slice(0, 300),
  );
  process.exitCode = 1;
}

// CPU per request, the stable figure on a shared machine (req/s moves with the neighbours'
// load): the server process, and its PostgreSQL backends (found by application_name; only
// when PostgreSQL runs on this machine, else "n/a").
const monitor = new pg.Client({ connectionString: url });
await monitor.connect();
const backendCpu = async (applicationName) => {
  const { rows } = await monitor.query(
    'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
    [applicationName],
  );
  return new Map(rows.map((r) => [r.pid, cpuSeconds(r.pid)]));
};
const measured = async (request, child, applicationName) => {
  const [cpu0, db0] = [cpuSeconds(child.pid), await backendCpu(applicationName)];
  const result = await load(request, { connections, seconds });
  const [cpu1, db1] = [cpuSeconds(child.pid), await backendCpu(applicationName)];
  let db = 0;
  for (const [pid, s] of db1) db = s === null || db === null ? null : db + s - (db0.get(pid) ?? 0);
  const perRequest = (s) => (s === null ? null : (s * 1000) / result.requests);
  return { ...result, cpuMs: perRequest(cpu1 - cpu0), dbMs: perRequest(db) };
};
const ms = (x) => (x === null || Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} ms`);

await load(apiRequest, { connections, seconds: warmup });
await load(rawRequest, { connections, seconds: warmup });
const results = { api: [], raw: [] };
for (let round = 1; round <= rounds; round += 1) {
  results.api.push(await measured(apiRequest, api, 'kizuna-api'));
  results.raw.push(await measured(rawRequest, raw, 'kizuna-raw-baseline'));
  const [x, y] = [results.api.at(-1), results.raw.at(-1)];
  console.log(
    `round ${round}: API ${x.rps.toFixed(0)} req/s (p99 ${x.p99.toFixed(0)} ms, CPU/req node ${ms(x.cpuMs)} + db ${ms(x.dbMs)})` +
      ` · raw ${y.rps.toFixed(0)} req/s (p99 ${y.p99.toFixed(0)} ms, CPU/req node ${ms(y.cpuMs)} + db ${ms(y.dbMs)})`,
  );
}
await monitor.end();
const median = (xs) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)];
const medianOf = (rs, key) =>
  rs.some((r) => r[key] === null) ? null : median(rs.map((r) => r[key]));
const apiRps = median(results.api.map((r) => r.rps));
const rawRps = median(results.raw.map((r) => r.rps));
const errors = [...results.api, ...results.raw].reduce((n, r) => n + r.errors, 0);
const cpuLine = (rs) =>
  `CPU/request node ${ms(medianOf(rs, 'cpuMs'))} + PostgreSQL ${ms(medianOf(rs, 'dbMs'))}`;
console.log(
  `\ncustomers(first: 100) nested, ${customers.toLocaleString('en')} customers, ${connections} connections`,
);
console.log(`  API  : ${apiRps.toFixed(0)} req/s (median of ${rounds}), ${cpuLine(results.api)}`);
console.log(`  raw  : ${rawRps.toFixed(0)} req/s, ${cpuLine(results.raw)}`);
console.log(
  `  ratio: ${((apiRps / rawRps) * 100).toFixed(1)} % of raw (goal ≥ 50 %)${errors ? `  — ${errors} errors!` : ''}`,
);

await stopProcess(api);
await stopProcess(raw);
await server.stop();

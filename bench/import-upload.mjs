// A 50 MB survey CSV uploaded to the API while its memory and /healthz are watched, against a
// raw PostgreSQL COPY of the same file in the same run.
//
//   node bench/import-upload.mjs [--mb 50] [--customers 1000] [--sample-ms 100]
//
// Needs `npm run build` first. Uses BENCH_DATABASE_URL / TEST_DATABASE_URL or an embedded
// PostgreSQL. Goal (issue 12): peak RSS growth < 200 MB and /healthz < 200 ms throughout.
import { spawn } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  apiStartArgs,
  benchServer,
  freePort,
  freshDatabase,
  root,
  startProcess,
  stopProcess,
} from './lib.mjs';

const flag = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const targetMb = flag('mb', 50);
const customerCount = flag('customers', 1000);
const sampleMs = flag('sample-ms', 100);

const server = await benchServer();
const url = await freshDatabase(server.url, 'kizuna_bench_import');
console.log(`Seeding ${customerCount} customers…`);
const seed = spawn(
  process.execPath,
  [
    join(root, 'apps/api/dist/cli/seed.js'),
    '--customers',
    String(customerCount),
    '--responses',
    '0',
  ],
  { env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'error' }, stdio: 'inherit' },
);
if ((await new Promise((r) => seed.on('exit', r))) !== 0) throw new Error('seeding failed');

const db = new pg.Client({ connectionString: url });
await db.connect();
const numbers = (
  await db.query(`SELECT corporate_number FROM customer WHERE corporate_number IS NOT NULL`)
).rows.map((r) => r.corporate_number);

// The file: NPS answers with comments (some personal data to mask), ~120 bytes a row.
const dir = mkdtempSync(join(tmpdir(), 'kizuna-bench-import-'));
const file = join(dir, 'responses.csv');
const out = createWriteStream(file);
out.write('survey_code,corporate_number,score,comment,channel,answered_at\r\n');
let rows = 0;
let bytes = 0;
const day = (i) =>
  `2025/${String((i % 12) + 1).padStart(2, '0')}/${String((i % 28) + 1).padStart(2, '0')}`;
while (bytes < targetMb * 1024 * 1024) {
  const line = `NPS-RELATIONSHIP,${numbers[rows % numbers.length]},${rows % 11},"回答 ${rows} ${randomBytes(6).toString('hex')} 連絡は taro${rows}@example.co.jp まで",WEB,${day(rows)} 10:00\r\n`;
  bytes += Buffer.byteLength(line);
  rows += 1;
  if (!out.write(line)) await new Promise((r) => out.once('drain', r));
}
await new Promise((r) => out.end(r));
const size = statSync(file).size;
console.log(`File: ${(size / 1024 / 1024).toFixed(1)} MB, ${rows.toLocaleString('en')} rows`);

// Baseline: the same file into an unindexed table by COPY (psql \copy streams it from here).
await db.query(`CREATE UNLOGGED TABLE copy_baseline (survey_code text, corporate_number text,
  score int, comment text, channel text, answered_at text)`);
let started = performance.now();
await new Promise((resolve, reject) => {
  const psql = spawn(
    'psql',
    [url, '-q', '-c', `\\copy copy_baseline FROM '${file}' WITH (FORMAT csv, HEADER)`],
    {
      stdio: 'inherit',
    },
  );
  psql.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`psql exited ${code}`))));
});
const copySeconds = (performance.now() - started) / 1000;

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
const rssMb = () => {
  const status = readFileSync(`/proc/${api.pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
};
const gql = (query, variables, token) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.json());
const token = (
  await gql(
    `mutation { login(input: { email: "analyst@kizuna.example", password: "kizuna-demo" }) { token } }`,
  )
).data.login.token;

// Warm up, then take the resting RSS.
for (let i = 0; i < 20; i++) await fetch(`${base}/healthz`).then((r) => r.arrayBuffer());
const restingRss = rssMb();

// Sampling: RSS and one /healthz every sampleMs; a probe still waiting counts as slow as it is.
let sampling = true;
let peakRss = restingRss;
let worstHealthz = 0;
let probes = 0;
const sampler = (async () => {
  while (sampling) {
    peakRss = Math.max(peakRss, rssMb());
    const t = performance.now();
    const probe = fetch(`${base}/healthz`).then((r) => r.arrayBuffer());
    const timer = setInterval(() => (peakRss = Math.max(peakRss, rssMb())), sampleMs);
    await probe.finally(() => clearInterval(timer));
    worstHealthz = Math.max(worstHealthz, performance.now() - t);
    probes += 1;
    await new Promise((r) => setTimeout(r, Math.max(0, sampleMs - (performance.now() - t))));
  }
})();

started = performance.now();
const upload = await fetch(`${base}/imports/survey-responses`, {
  method: 'POST',
  headers: {
    authorization: `Bearer ${token}`,
    'content-type': 'text/csv',
    'x-file-name': 'bench.csv',
  },
  body: Readable.toWeb(createReadStream(file)),
  duplex: 'half',
});
const queued = await upload.json();
if (upload.status !== 202)
  throw new Error(`upload refused: ${upload.status} ${JSON.stringify(queued)}`);
const uploadSeconds = (performance.now() - started) / 1000;
let result;
for (;;) {
  result = (
    await gql(
      `query ($id: ID!) { surveyImport(id: $id) { status processedRows importedRows duplicateRows errorRows failure } }`,
      { id: queued.import.id },
      token,
    )
  ).data.surveyImport;
  if (result.status === 'DONE' || result.status === 'FAILED') break;
  await new Promise((r) => setTimeout(r, 500));
}
const apiSeconds = (performance.now() - started) / 1000;
sampling = false;
await sampler;

await stopProcess(api);
await db.end();
await server.stop();
rmSync(dir, { recursive: true, force: true });

const growth = peakRss - restingRss;
console.log(JSON.stringify(result));
console.log(`raw COPY (no checks, no index, no masking): ${copySeconds.toFixed(1)} s`);
console.log(
  `API: upload ${uploadSeconds.toFixed(1)} s, upload + import ${apiSeconds.toFixed(1)} s (${(apiSeconds / copySeconds).toFixed(1)}× COPY), ${Math.round(rows / apiSeconds).toLocaleString('en')} rows/s`,
);
console.log(
  `API RSS: resting ${restingRss.toFixed(0)} MB, peak ${peakRss.toFixed(0)} MB, growth ${growth.toFixed(0)} MB (goal < 200)`,
);
console.log(`/healthz: worst ${worstHealthz.toFixed(0)} ms over ${probes} probes (goal < 200)`);
const met = result.status === 'DONE' && growth < 200 && worstHealthz < 200;
console.log(met ? 'Goal met.' : 'Goal NOT met.');
process.exit(met ? 0 : 1);

// Shared helpers for the benchmarks: a database to bench on, child servers, a bounded load loop.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

export const root = resolve(fileURLToPath(import.meta.url), '..', '..');

export function freePort() {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
  });
}

/** A PostgreSQL server URL: BENCH_DATABASE_URL / TEST_DATABASE_URL, else an embedded one. */
export async function benchServer() {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (url) return { url, stop: async () => {} };
  const { startEmbeddedPostgres } = await import(
    join(root, 'apps/api/tools/embedded-postgres.mjs')
  );
  return startEmbeddedPostgres({
    dataDir: mkdtempSync(join(tmpdir(), 'kizuna-bench-')),
    durable: false,
  });
}

/** (Re)create a database on the server and return its URL. */
export async function freshDatabase(serverUrl, name) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return databaseUrl(serverUrl, name);
}

/** The URL of database `name` on the same server. */
export function databaseUrl(serverUrl, name) {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * The API's production start command (apps/api's `start` script, which `npm start` and the
 * Dockerfile also use: `node [V8 flags] dist/main.js`) as node arguments, so that the benches
 * run the API exactly as it runs for real, without npm in between (whose pid would hide the
 * API's CPU time).
 */
export function apiStartArgs() {
  const apiDir = join(root, 'apps/api');
  const pkg = JSON.parse(readFileSync(join(apiDir, 'package.json'), 'utf8'));
  const [command, ...args] = pkg.scripts.start.trim().split(/\s+/);
  if (command !== 'node' || args.length === 0 || !args.at(-1).endsWith('.js')) {
    throw new Error(`apps/api start script is not "node [flags] file.js": ${pkg.scripts.start}`);
  }
  return [...args.slice(0, -1), join(apiDir, args.at(-1))];
}

/** Spawn a node process and resolve once it prints `ready`. */
export function startProcess(args, env, ready) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`not ready in 120 s:\n${out}`)), 120_000);
    const onData = (d) => {
      out += d;
      if (out.includes(ready)) {
        clearTimeout(timer);
        res(child);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => rej(new Error(`exited ${code}:\n${out}`)));
  });
}

export function stopProcess(child) {
  return new Promise((res) => {
    child.removeAllListeners('exit');
    child.on('exit', res);
    child.kill('SIGTERM');
  });
}

/** CPU seconds (user + system) used so far by process `pid` (Linux /proc; null elsewhere). */
export function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, USER_HZ = 100
  } catch {
    return null;
  }
}

/** Closed-loop load: `connections` concurrent clients for `seconds`. Returns requests/s and p50/p99 ms. */
export async function load(request, { connections = 10, seconds = 5 } = {}) {
  const deadline = Date.now() + seconds * 1000;
  const latencies = [];
  let errors = 0;
  const worker = async () => {
    while (Date.now() < deadline) {
      const t = performance.now();
      try {
        const res = await request();
        if (!res.ok) errors += 1;
        await res.arrayBuffer();
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: connections }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  return {
    rps: latencies.length / elapsed,
    p50: q(0.5),
    p99: q(0.99),
    errors,
    requests: latencies.length,
  };
}

import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LooseData } from './helpers/test-server';

/** The path a new user takes: `npm start` without DATABASE_URL → embedded PostgreSQL + demo data. */
const MAIN = resolve(__dirname, '..', 'dist', 'main.js');

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

function start(
  dataDir: string,
  port: number,
): Promise<{ child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    KIZUNA_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no start within 90 s:\n${output}`)), 90_000);
    child.stdout!.on('data', () => {
      if (output.includes('Kizuna is running')) {
        clearTimeout(timer);
        res({ child, output: () => output });
      }
    });
    child.on('exit', (code) => rej(new Error(`exited with ${code}:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((res) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => res(code));
    child.kill('SIGTERM');
  });
}

async function customerCount(port: number): Promise<number> {
  const gql = (query: string, variables: object, token?: string) =>
    fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json() as Promise<{ data: LooseData }>);
  const login = await gql(`mutation ($i: LoginInput!) { login(input: $i) { token } }`, {
    i: { email: 'admin@kizuna.example', password: 'kizuna-demo' },
  });
  const res = await gql(`{ customers(first: 1) { totalCount } }`, {}, login.data.login.token);
  return res.data.customers.totalCount;
}

describe('npm start on a fresh machine', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuna-start-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach it
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('starts the embedded PostgreSQL, migrates, seeds demo data once, and serves the API', async () => {
    expect(existsSync(MAIN)).toBe(true);
    const port = await freePort();
    const first = await start(dataDir, port);
    try {
      expect(first.output()).toContain('on the embedded PostgreSQL');
      expect(first.output()).toContain(`http://localhost:${port}/graphql`);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await customerCount(port)).toBe(3000);
    } finally {
      await stop(first.child);
    }
    expect(existsSync(join(dataDir, 'postgres', 'cluster', 'PG_VERSION'))).toBe(true);

    // Second start: same data folder, no second seeding.
    const second = await start(dataDir, port);
    try {
      expect(await customerCount(port)).toBe(3000);
    } finally {
      await stop(second.child);
    }
  }, 180_000);
});

import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { resolve } from 'node:path';
import { Client } from 'pg';

/**
 * SIGTERM ends the built API within 10 s whatever PostgreSQL does: answering, restarted under it
 * (every backend terminated), or gone silent mid-query (a proxy between them that stops passing
 * bytes: no error, no close — the worst case for a client without timeouts).
 */
const MAIN = resolve(__dirname, '..', 'dist', 'main.js');
const DEADLINE_MS = 10_000;

function serverUrl(): URL {
  const url = process.env.KIZUNA_TEST_SERVER_URL;
  if (!url) throw new Error('KIZUNA_TEST_SERVER_URL is not set: run the tests through jest.');
  return new URL(url);
}

async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const url = serverUrl();
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A TCP proxy to PostgreSQL that can stop passing bytes (`stall`) while keeping every socket open. */
class StallingProxy {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private stalled = false;
  private waiting: (() => void)[] = [];
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {
    this.server = createServer((client) => this.accept(client));
  }

  async listen(): Promise<number> {
    await new Promise<void>((res) => this.server.listen(0, '127.0.0.1', res));
    this.port = (this.server.address() as { port: number }).port;
    return this.port;
  }

  private accept(client: Socket) {
    const upstream = connect(this.target.port, this.target.host);
    for (const [from, to] of [
      [client, upstream],
      [upstream, client],
    ] as const) {
      this.sockets.add(from);
      from.on('data', (chunk) => {
        if (!this.stalled) to.write(chunk);
        else for (const wake of this.waiting.splice(0)) wake();
      });
      from.on('error', () => to.destroy());
      from.on('close', () => {
        this.sockets.delete(from);
        to.destroy();
      });
    }
  }

  /** From now on, bytes in either direction are swallowed. */
  stall() {
    this.stalled = true;
  }

  /** Resolves once bytes have been swallowed (a query is hanging). */
  swallowed(): Promise<void> {
    return new Promise((res) => this.waiting.push(res));
  }

  async close() {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((res) => this.server.close(res));
  }
}

interface RunningApi {
  child: ChildProcess;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

function freePort(): Promise<number> {
  return new Promise((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

async function startApi(databaseUrl: string): Promise<RunningApi> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production', // no demo data: start-up stays quick
    KIZUNA_AUDIT_KEY: randomBytes(32).toString('base64'),
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    LOG_LEVEL: 'info',
  };
  delete env.KIZUNA_APP_DATABASE_URL;
  const child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  await new Promise<void>((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no start within 60 s:\n${output}`)), 60_000);
    child.stdout!.on('data', () => {
      if (output.includes('Kizuna is running')) {
        clearTimeout(timer);
        res();
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      rej(new Error(`exited with ${code} before serving:\n${output}`));
    });
  });
  return { child, port, output: () => output, exited };
}

/** SIGTERM, then how long the process took to exit and with what code. */
async function terminate(api: RunningApi): Promise<{ ms: number; code: number | null }> {
  const started = Date.now();
  api.child.kill('SIGTERM');
  const code = await api.exited;
  return { ms: Date.now() - started, code };
}

describe('graceful shutdown of the built API', () => {
  const name = `kizuna_test_${randomBytes(6).toString('hex')}`;
  let proxy: StallingProxy | undefined;
  let api: RunningApi | undefined;

  beforeAll(async () => {
    expect(existsSync(MAIN)).toBe(true); // npm run build
    await admin((c) => c.query(`CREATE DATABASE ${name}`));
  });
  afterEach(async () => {
    if (api && api.child.exitCode === null && api.child.signalCode === null)
      api.child.kill('SIGKILL');
    await proxy?.close();
    proxy = api = undefined;
  });
  afterAll(() => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));

  /** The API on the test database, through a proxy the test controls. */
  async function startBehindProxy(): Promise<{ api: RunningApi; proxy: StallingProxy }> {
    const target = serverUrl();
    proxy = new StallingProxy({ host: target.hostname, port: Number(target.port || 5432) });
    const url = new URL(target.toString());
    url.hostname = '127.0.0.1';
    url.port = String(await proxy.listen());
    url.pathname = `/${name}`;
    api = await startApi(url.toString());
    const health = await fetch(`http://127.0.0.1:${api.port}/healthz`);
    expect(health.status).toBe(200);
    return { api, proxy };
  }

  it('exits 0, promptly, when everything stops cleanly (idle keep-alive connections included)', async () => {
    const { api } = await startBehindProxy();
    // fetch keeps the connection of the health check above open and idle.
    const { ms, code } = await terminate(api);
    expect({ code, fast: ms < 3_000 }).toEqual({ code: 0, fast: true });
    expect(api.output()).toContain('shut down cleanly');
  });

  it('exits within 10 s after PostgreSQL dropped every connection (a restart under it)', async () => {
    const { api } = await startBehindProxy();
    const terminated = await admin((c) =>
      c.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
        [name],
      ),
    );
    expect(terminated.rowCount).toBeGreaterThan(0);
    const { ms, code } = await terminate(api);
    expect(ms).toBeLessThan(DEADLINE_MS);
    expect([0, 1]).toContain(code);
  });

  it('exits within 10 s, with code 1 and what it abandoned logged, when PostgreSQL goes silent mid-query', async () => {
    const { api, proxy } = await startBehindProxy();
    proxy.stall();
    const swallowed = proxy.swallowed();
    // A request in flight whose query will never be answered.
    const hanging = fetch(`http://127.0.0.1:${api.port}/healthz`).then(
      (r) => r.status,
      () => 'cut off',
    );
    await swallowed;
    const { ms, code } = await terminate(api);
    expect(ms).toBeLessThan(DEADLINE_MS);
    expect(code).toBe(1);
    expect(api.output()).toMatch(/abandon/);
    expect(await hanging).toBe('cut off');
  });
});

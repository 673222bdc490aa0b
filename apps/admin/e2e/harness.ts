/**
 * Browser end-to-end harness: the real API (which serves the built console) on a free port with
 * a fresh database, and headless Chromium driven by playwright-core.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AxeResults, RunOptions } from 'axe-core';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

const requireHere = createRequire(__filename);

const ADMIN_DIR = resolve(__dirname, '..');
const API_DIR = resolve(ADMIN_DIR, '..', 'api');
const API_MAIN = join(API_DIR, 'dist', 'main.js');
const ADMIN_INDEX = join(ADMIN_DIR, 'dist', 'index.html');
export const ARTIFACTS_DIR = join(ADMIN_DIR, 'e2e', 'artifacts');
export const SCREENSHOTS_DIR = resolve(ADMIN_DIR, '..', '..', 'docs', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium; null when neither exists. */
function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter((p): p is string =>
    Boolean(p),
  );
  return candidates.find((p) => existsSync(p)) ?? null;
}

const SKIP_MESSAGE =
  '[kizuna] SKIPPING browser end-to-end tests: no Chromium found (apt-get install -y chromium)';

/** The Chromium the browser tests drive; null: none here, and every browser test file says so. */
export const chromiumPath = findChromium();
if (!chromiumPath) console.warn(`\n${'!'.repeat(100)}\n${SKIP_MESSAGE}\n${'!'.repeat(100)}\n`);

/** `describe` where a Chromium is found, else `describe.skip` (after the warning above). */
export const describeInBrowser = chromiumPath ? describe : describe.skip;

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}
/** `pg` is a dependency of the API, not of the console: borrow it from there. */
const { Client } = createRequire(join(API_DIR, 'package.json'))('pg') as {
  Client: new (options: { connectionString: string }) => PgClient;
};

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh database: a new one on TEST_DATABASE_URL's server, or a new embedded PostgreSQL. */
async function freshDatabase(): Promise<{
  env: Record<string, string>;
  drop: () => Promise<void>;
}> {
  const server = process.env.TEST_DATABASE_URL;
  if (server) {
    const name = `kizuna_e2e_${randomBytes(6).toString('hex')}`;
    await onServer(server, `CREATE DATABASE "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      drop: () => onServer(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
    };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'kizuna-e2e-'));
  // As root the embedded PostgreSQL runs as `postgres`, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  return {
    env: { KIZUNA_DATA_DIR: dataDir },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

export interface Kizuna {
  baseUrl: string;
  stop: () => Promise<void>;
}

/**
 * Start `node ../api/dist/main.js` (which runs its workers, webhooks included) and wait until it
 * says "Kizuna is running"; `env` adds settings, e.g. KIZUNA_WEBHOOK_ALLOW_PRIVATE.
 */
export async function startKizuna(
  timeoutMs = 150_000,
  env: Record<string, string> = {},
): Promise<Kizuna> {
  for (const [file, hint] of [
    [API_MAIN, 'the API'],
    [ADMIN_INDEX, 'the admin console'],
  ] as const) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing: build ${hint} first (cd /work/main && npx turbo run build).`,
      );
    }
  }
  const port = await freePort();
  const database = await freshDatabase();
  const child = spawn(process.execPath, [API_MAIN], {
    cwd: API_DIR,
    env: {
      ...process.env,
      ...database.env,
      PORT: String(port),
      KIZUNA_ADMIN_DIST: join(ADMIN_DIR, 'dist'),
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const stop = async () => {
    await stopProcess(child);
    await database.drop();
  };
  try {
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(
        () => fail(new Error(`Kizuna did not start within ${timeoutMs} ms:\n${output}`)),
        timeoutMs,
      );
      child.stdout?.on('data', () => {
        if (output.includes('Kizuna is running')) {
          clearTimeout(timer);
          ready();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`Kizuna exited with code ${code} before starting:\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl: `http://127.0.0.1:${port}`, stop };
}

/** SIGTERM (main.js then stops its embedded PostgreSQL), SIGKILL if it hangs. */
function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}

export interface Browser {
  context: BrowserContext;
  newPage: () => Promise<Page>;
  /** Content-Security-Policy violations seen so far, on any page. */
  cspViolations: string[];
  /** Closes the browser; fails (throws) when any page violated the CSP. */
  close: () => Promise<void>;
}

/** What the pages report: the browser's own console message and the DOM event, marked. */
const CSP_MARK = 'kizuna-csp-violation';

/** Headless Chromium with a fresh profile, Japanese and in Tokyo like the console's users. */
export async function launchBrowser(executablePath: string): Promise<Browser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'kizuna-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    viewport: { width: 1440, height: 900 },
  });
  // The console must run under its CSP without a single violation (ADR 0012).
  const cspViolations: string[] = [];
  await context.addInitScript((mark: string) => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`${mark} ${e.violatedDirective} ${e.blockedURI}`),
    );
  }, CSP_MARK);
  const watch = (page: Page) =>
    page.on('console', (message) => {
      const text = message.text();
      if (text.includes(CSP_MARK) || /Content Security Policy/i.test(text))
        cspViolations.push(`${page.url()}: ${text}`);
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return {
    context,
    newPage: () => context.newPage(),
    cspViolations,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
      if (cspViolations.length > 0)
        throw new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`);
    },
  };
}

/** Save a screenshot of this step to e2e/artifacts/<name>.png (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Publish the final screenshots of the main screens to docs/screenshots/ — only when asked
 * (`npm run screenshots --workspace @kizuna/admin`), so that a test run leaves the tree clean.
 */
export function publishScreenshots(names: Record<string, string>): void {
  if (process.env.KIZUNA_UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  for (const [artifact, published] of Object.entries(names)) {
    const from = join(ARTIFACTS_DIR, `${artifact}.png`);
    if (existsSync(from)) copyFileSync(from, join(SCREENSHOTS_DIR, published));
  }
}

/** The demo staff (apps/api demo seed): every one signs in with the demo password. */
export const DEMO_STAFF = {
  operator: 'operator1@kizuna.example',
  checker: 'checker1@kizuna.example',
  analyst: 'analyst@kizuna.example',
  admin: 'admin@kizuna.example',
} as const;
const DEMO_PASSWORD = 'kizuna-demo';

/** Sign in on /login (in Japanese) as one of the demo staff; resolves once the console shows who. */
export async function signIn(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByTestId('viewer').waitFor();
}

/** A GraphQL query sent from the page with its session token (as the console sends them). */
export async function queryAsViewer<T>(page: Page, query: string): Promise<T> {
  return page.evaluate(async (body) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${localStorage.getItem('kizuna.token') ?? ''}`,
      },
      body: JSON.stringify({ query: body }),
    });
    return ((await res.json()) as { data: T }).data;
  }, query);
}

/**
 * Wait until the screen has settled: no request in flight for 500 ms, no spinner, no skeleton,
 * no transition still running (axe measures colours, and a fading element has none yet);
 * endless animations (a pulsing badge) never finish and are not waited for.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () =>
      !document.querySelector('.ant-spin-spinning, .ant-skeleton-active') &&
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
        ),
    null,
    { timeout: 30_000 },
  );
}

/** axe-core's own bundle, evaluated in the page (through the DevTools protocol, so under the CSP). */
let axeSource: string | undefined;

/**
 * Run axe-core over the whole document; one line per critical or serious violation:
 * `[impact] rule-id: help — target, target…` (empty when the page passes).
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  axeSource ??= readFileSync(requireHere.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> };
    };
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
  return violations
    .filter((v) => v.impact === 'critical' || v.impact === 'serious')
    .map((v) => {
      const shown = v.targets.slice(0, 5).join(', ');
      const more = v.targets.length > 5 ? ` (+${v.targets.length - 5} more)` : '';
      return `[${v.impact}] ${v.id}: ${v.help} — ${shown}${more}`;
    });
}

import { resolve } from 'node:path';
import { DEFAULT_ERASURE_GRACE_DAYS, isValidErasureGraceDays } from '@kizuna/domain';

export interface AppConfig {
  port: number;
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  /** Serve the built admin console from this folder when it exists. */
  adminDistDir: string;
  /** Staff sessions last this long. */
  sessionTtlHours: number;
  fiscalYearStartMonth: number;
  /** HMAC key anchoring the audit chain (ADR 0013); generated into the data dir outside production. */
  auditKey: string | undefined;
  /** The non-owner role the application's pool runs as (migrations run as the owner). */
  appRole: string;
  /** The application's own login, for deployments that give it one (needs DATABASE_URL as owner). */
  appDatabaseUrl: string | undefined;
  /** A churned customer's personal data is due for erasure this many days after the churn. */
  erasureGraceDays: number;
}

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** Shortest KIZUNA_AUDIT_KEY accepted: 32 characters (e.g. `openssl rand -base64 32`). */
export const MIN_AUDIT_KEY_LENGTH = 32;

const repoRoot = resolve(__dirname, '..', '..', '..');

/** Read configuration from the environment once, at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  const production = env.NODE_ENV === 'production';
  const auditKey = env.KIZUNA_AUDIT_KEY || undefined;
  if (auditKey === undefined && production) {
    throw new Error(
      'KIZUNA_AUDIT_KEY is required with NODE_ENV=production: a secret of at least ' +
        `${MIN_AUDIT_KEY_LENGTH} characters kept outside the database (e.g. openssl rand -base64 32).`,
    );
  }
  if (auditKey !== undefined && auditKey.length < MIN_AUDIT_KEY_LENGTH) {
    throw new Error(`KIZUNA_AUDIT_KEY must be at least ${MIN_AUDIT_KEY_LENGTH} characters long.`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  const appDatabaseUrl = env.KIZUNA_APP_DATABASE_URL || undefined;
  if (appDatabaseUrl && !databaseUrl) {
    throw new Error('KIZUNA_APP_DATABASE_URL needs DATABASE_URL too: migrations run as its owner.');
  }
  const appRole = appDatabaseUrl
    ? decodeURIComponent(new URL(appDatabaseUrl).username)
    : (env.KIZUNA_APP_ROLE ?? 'kizuna_app');
  if (!ROLE_NAME.test(appRole)) {
    throw new Error(
      `KIZUNA_APP_ROLE (or the user of KIZUNA_APP_DATABASE_URL) must be a plain lower-case PostgreSQL name, got "${appRole}"`,
    );
  }
  const erasureGraceDays = Number(env.KIZUNA_ERASURE_GRACE_DAYS ?? DEFAULT_ERASURE_GRACE_DAYS);
  if (!isValidErasureGraceDays(erasureGraceDays)) {
    throw new Error(
      `KIZUNA_ERASURE_GRACE_DAYS must be a whole number of days between 0 and 3650, got "${env.KIZUNA_ERASURE_GRACE_DAYS}"`,
    );
  }
  return {
    port,
    databaseUrl,
    dataDir: resolve(env.KIZUNA_DATA_DIR ?? resolve(repoRoot, '.data')),
    production,
    adminDistDir: resolve(env.KIZUNA_ADMIN_DIST ?? resolve(repoRoot, 'apps', 'admin', 'dist')),
    sessionTtlHours: Number(env.KIZUNA_SESSION_TTL_HOURS ?? 12),
    fiscalYearStartMonth: Number(env.KIZUNA_FISCAL_YEAR_START_MONTH ?? 4),
    auditKey,
    appRole,
    appDatabaseUrl,
    erasureGraceDays,
  };
}

import { resolve } from 'node:path';

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
}

const repoRoot = resolve(__dirname, '..', '..', '..');

/** Read configuration from the environment once, at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  return {
    port,
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.KIZUNA_DATA_DIR ?? resolve(repoRoot, '.data')),
    production: env.NODE_ENV === 'production',
    adminDistDir: resolve(env.KIZUNA_ADMIN_DIST ?? resolve(repoRoot, 'apps', 'admin', 'dist')),
    sessionTtlHours: Number(env.KIZUNA_SESSION_TTL_HOURS ?? 12),
    fiscalYearStartMonth: Number(env.KIZUNA_FISCAL_YEAR_START_MONTH ?? 4),
  };
}

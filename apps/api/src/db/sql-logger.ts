import type { Logger as PinoLogger } from 'pino';
import type { Logger, QueryRunner } from 'typeorm';
import { logger as appLogger } from '../observability/logger';
import { requestScopeOf } from './request-data-source';

/** A statement on one line, cut to a readable length (a bulk seed's SQL runs to pages). */
export function brief(query: string, max = 300): string {
  const line = query.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max)}…` : line;
}

/**
 * TypeORM logger that counts every statement against the current request (exposed in the
 * `x-sql-statements` response header and asserted in tests) — the request is the one whose
 * request-scoped DataSource created the query runner — and logs slow queries and errors
 * without their parameters (they may hold personal data; the `err` serializer also drops the values
 * PostgreSQL quotes back, see safe-error.ts).
 */
export class SqlLogger implements Logger {
  constructor(private readonly logger: PinoLogger = appLogger) {}

  logQuery(query: string, _parameters?: unknown[], queryRunner?: QueryRunner): void {
    const scope = requestScopeOf(queryRunner);
    if (scope) scope.sqlStatements += 1;
    if (process.env.KIZUNA_LOG_SQL === '1') this.logger.info({ query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    this.logger.error({ err: error, query: brief(query) }, 'sql error');
  }
  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ time, query: brief(query) }, 'slow sql');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    this.logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn({ message }, 'typeorm');
  }
}

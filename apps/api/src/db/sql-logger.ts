import type { Logger, QueryRunner } from 'typeorm';
import { logger } from '../observability/logger';
import { countSqlStatement } from '../observability/request-scope';

/**
 * TypeORM logger that counts every statement against the current request (exposed in the
 * `x-sql-statements` response header and asserted in tests) and logs slow queries and errors
 * without their parameters (they may hold personal data).
 */
export class SqlLogger implements Logger {
  logQuery(query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    countSqlStatement();
    if (process.env.KIZUNA_LOG_SQL === '1') logger.info({ query }, 'sql');
  }
  logQueryError(error: string | Error, query: string): void {
    logger.error({ err: error, query }, 'sql error');
  }
  logQuerySlow(time: number, query: string): void {
    logger.warn({ time, query }, 'slow sql');
  }
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    logger.info(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') logger.warn({ message }, 'typeorm');
  }
}

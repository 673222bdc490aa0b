import { join } from 'node:path';
import { readOrCreateSecret } from '../../shared/secret-file';

/**
 * The HMAC key that anchors the audit chain (ADR 0013). Held by the process, never by the
 * database: installed once at start-up by openDatabase() (or by the test helper).
 */
let installed: Buffer | undefined;

export function useAuditKey(key: string | Buffer): void {
  installed = typeof key === 'string' ? Buffer.from(key, 'utf8') : key;
}

/** The installed key; throws when none was installed (appending unanchored is never silent). */
export function auditKey(): Buffer {
  if (!installed) {
    throw new Error('No audit key: set KIZUNA_AUDIT_KEY or open the database with openDatabase().');
  }
  return installed;
}

/** KIZUNA_AUDIT_KEY when configured; otherwise one generated once into `<dataDir>/audit.key` (0600). */
export function resolveAuditKey(configured: string | undefined, dataDir: string): string {
  return configured ?? readOrCreateSecret(join(dataDir, 'audit.key'));
}

import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { auditKey } from '../audit/audit-key';

/** Standard Webhooks: a secret is `whsec_` and the base64 of 24 to 64 random bytes. */
const SECRET_PREFIX = 'whsec_';
const KEY_BYTES = 32;
const SEAL_LABEL = 'kizuna/webhook-secret/v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A new signing key, and the secret that shows it to the integrator (once). */
export function newWebhookSecret(): { secret: string; key: Buffer } {
  const key = randomBytes(KEY_BYTES);
  return { secret: `${SECRET_PREFIX}${key.toString('base64')}`, key };
}

/**
 * The key under which signing keys are stored: derived from the process's secret
 * (KIZUNA_AUDIT_KEY, under its own label), which the database does not hold (ADR 0013).
 */
const sealingKey = () => createHmac('sha256', auditKey()).update(SEAL_LABEL, 'utf8').digest();

/** A signing key as stored: AES-256-GCM, iv ‖ tag ‖ ciphertext. */
export function sealWebhookKey(key: Buffer): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(), iv);
  const sealed = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]);
}

/** The signing key of a stored one; throws when it was sealed under another process secret. */
export function openWebhookKey(sealed: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', sealingKey(), sealed.subarray(0, IV_BYTES));
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
}

/**
 * The `webhook-signature` header: `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` under
 * each key, space-separated (two while a rotated secret still signs).
 */
export function webhookSignature(
  keys: readonly Buffer[],
  id: string,
  timestamp: number,
  body: string,
): string {
  return keys
    .map((key) => {
      const mac = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`, 'utf8');
      return `v1,${mac.digest('base64')}`;
    })
    .join(' ');
}

import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { canonicalJson } from '../audit/audit-hash';
import { auditKey } from '../audit/audit-key';

/** Whose key it is: keys are per caller (a staff member or an API key). */
export interface IdempotencyCaller {
  kind: 'STAFF' | 'API_KEY';
  id: string;
}

/** The parts of a GraphQL request that make it "the same request". */
export interface CanonicalRequest {
  /** The operation document, printed by graphql-js (so layout and comments do not count). */
  query: string;
  variables: unknown;
  operationName: unknown;
}

/** What is kept of a response to replay it. */
export interface StoredResponse {
  contentType: string | null;
  body: string;
}

const KEY_LABEL = 'kizuna/idempotency-key/v1';
const RESPONSE_LABEL = 'kizuna/idempotency-response/v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

const callerKey = (caller: IdempotencyCaller, key: string) =>
  `${caller.kind}\0${caller.id}\0${key}`;

/** The row's lookup key: SHA-256 of the caller and the Idempotency-Key (the key is not stored). */
export function idempotencyKeyHash(caller: IdempotencyCaller, key: string): Buffer {
  return createHash('sha256')
    .update(`${KEY_LABEL}\0${callerKey(caller, key)}`, 'utf8')
    .digest();
}

/** SHA-256 of the canonical JSON of query, variables and operation name. */
export function requestHash(request: CanonicalRequest): Buffer {
  return createHash('sha256')
    .update(
      canonicalJson({
        query: request.query,
        variables: request.variables ?? null,
        operationName: request.operationName ?? null,
      }),
      'utf8',
    )
    .digest();
}

/**
 * The response's encryption key: HMAC of the process's secret (KIZUNA_AUDIT_KEY, under its own
 * label) over the caller and the Idempotency-Key — neither of which the database holds, so a
 * copy of the database cannot read a stored response (ADR 0016).
 */
function responseKey(caller: IdempotencyCaller, key: string): Buffer {
  return createHmac('sha256', auditKey())
    .update(`${RESPONSE_LABEL}\0${callerKey(caller, key)}`, 'utf8')
    .digest();
}

/** AES-256-GCM of the response, bound to its row: iv ‖ tag ‖ ciphertext. */
export function sealResponse(
  caller: IdempotencyCaller,
  key: string,
  keyHash: Buffer,
  response: StoredResponse,
): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', responseKey(caller, key), iv);
  cipher.setAAD(keyHash);
  const ciphertext = Buffer.concat([
    cipher.update(JSON.stringify(response), 'utf8'),
    cipher.final(),
  ]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]);
}

/** The response sealed by sealResponse; throws when it was not sealed for this caller and key. */
export function openResponse(
  caller: IdempotencyCaller,
  key: string,
  keyHash: Buffer,
  sealed: Buffer,
): StoredResponse {
  const decipher = createDecipheriv(
    'aes-256-gcm',
    responseKey(caller, key),
    sealed.subarray(0, IV_BYTES),
  );
  decipher.setAAD(keyHash);
  decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  const plaintext = Buffer.concat([
    decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)),
    decipher.final(),
  ]);
  return JSON.parse(plaintext.toString('utf8')) as StoredResponse;
}

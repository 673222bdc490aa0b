import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { ApiKeyScope, StaffRole } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import type { Actor } from '../../graphql/context';
import { permissionsOfRoles, permissionsOfScopes } from './permissions';

/** OWASP's argon2id baseline (m=19 MiB, t=2, p=1). */
export const ARGON2_OPTIONS = {
  type: argon2.argon2id as 2,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
};

const SESSION_PREFIX = 'kzs_';
const API_KEY_PREFIX = 'kzk_';

export const hashPassword = (password: string) => argon2.hash(password, ARGON2_OPTIONS);
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest();

// Verified against when the email is unknown, so that timing does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;

export interface LoginResult {
  token: string;
  expiresAt: Date;
  staffUserId: string;
}

/** Check a staff member's password and open a session; null when the credentials are wrong. */
export async function login(
  dataSource: DataSource,
  email: string,
  password: string,
  ttlHours: number,
): Promise<LoginResult | null> {
  const rows: { id: string; password_hash: string }[] = await dataSource.query(
    `SELECT id, password_hash FROM staff_user WHERE email = lower($1) AND active`,
    [email.trim()],
  );
  const user = rows[0];
  if (!user) {
    dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    await argon2.verify(await dummyHash, password);
    return null;
  }
  if (!(await argon2.verify(user.password_hash, password))) return null;
  const token = SESSION_PREFIX + randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + ttlHours * 3600_000);
  // One statement: the session and the member's last sign-in (shown to administrators).
  await dataSource.query(
    `WITH session AS (
       INSERT INTO staff_session (token_hash, staff_user_id, expires_at) VALUES ($1, $2, $3)
     )
     UPDATE staff_user SET last_login_at = now() WHERE id = $2`,
    [sha256(token), user.id, expiresAt],
  );
  return { token, expiresAt, staffUserId: user.id };
}

/** End the session of this token (idempotent). */
export async function logout(dataSource: DataSource, token: string): Promise<void> {
  await dataSource.query(`DELETE FROM staff_session WHERE token_hash = $1`, [sha256(token)]);
}

/** Resolve `Authorization: Bearer …` to a caller, or null when absent or invalid. */
export async function authenticate(
  dataSource: DataSource,
  header: string | undefined,
): Promise<Actor | null> {
  const token = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
  if (!token) return null;
  if (token.startsWith(SESSION_PREFIX)) return authenticateSession(dataSource, token);
  if (token.startsWith(API_KEY_PREFIX)) return authenticateApiKey(dataSource, token);
  return null;
}

async function authenticateSession(dataSource: DataSource, token: string): Promise<Actor | null> {
  const rows: { id: string; display_name: string; roles: StaffRole[] }[] = await dataSource.query(
    `SELECT u.id, u.display_name, u.roles
       FROM staff_session s JOIN staff_user u ON u.id = s.staff_user_id
      WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
    [sha256(token)],
  );
  const user = rows[0];
  if (!user) return null;
  return {
    kind: 'STAFF',
    id: user.id,
    displayName: user.display_name,
    roles: user.roles,
    permissions: permissionsOfRoles(user.roles),
  };
}

async function authenticateApiKey(dataSource: DataSource, token: string): Promise<Actor | null> {
  const match = token.match(/^kzk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/);
  if (!match) return null;
  const [, prefix, secret] = match as unknown as [string, string, string];
  // Revoked or expired keys are refused at once; expiry is compared with the database's now(),
  // as sessions' is. `stale`: the last use recorded is over a minute old (or none).
  const rows: {
    id: string;
    name: string;
    scopes: string[];
    secret_hash: Buffer;
    stale: boolean;
  }[] = await dataSource.query(
    `SELECT id, name, scopes, secret_hash,
              (last_used_at IS NULL OR last_used_at < now() - interval '1 minute') AS stale
         FROM api_key
        WHERE key_prefix = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())`,
    [prefix],
  );
  const key = rows[0];
  if (!key || !timingSafeEqual(key.secret_hash, sha256(secret))) return null;
  // At most one write per key and minute, only after the secret matched (knowing a prefix,
  // which the console shows, must not be enough to move lastUsedAt).
  if (key.stale)
    await dataSource.query(`UPDATE api_key SET last_used_at = now() WHERE id = $1`, [key.id]);
  return {
    kind: 'API_KEY',
    id: key.id,
    displayName: key.name,
    roles: [],
    permissions: permissionsOfScopes(key.scopes),
  };
}

export interface IssuedApiKey {
  id: string;
  key: string;
}

/** Create an API key; the returned plaintext key is shown once and never stored. */
export async function issueApiKey(
  db: Queryable,
  input: {
    name: string;
    scopes: readonly ApiKeyScope[];
    createdBy: string | null;
    expiresAt?: Date | null;
  },
): Promise<IssuedApiKey> {
  const prefix = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  const rows: { id: string }[] = await db.query(
    `INSERT INTO api_key (name, key_prefix, secret_hash, scopes, created_by, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [input.name, prefix, sha256(secret), input.scopes, input.createdBy, input.expiresAt ?? null],
  );
  return { id: rows[0]!.id, key: `${API_KEY_PREFIX}${prefix}_${secret}` };
}

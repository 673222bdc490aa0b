import { Client, escapeIdentifier, escapeLiteral } from 'pg';

/** The role the application's pool runs as unless KIZUNA_APP_ROLE names another (ADR 0013). */
export const DEFAULT_APP_ROLE = 'kizuna_app';

export interface AppLogin {
  password: string;
  /** Set the password even when the role exists (a secret this install owns, e.g. embedded). */
  reset: boolean;
}

/**
 * As the owner at `ownerUrl`: create the application's role when missing — LOGIN with `login`'s
 * password, otherwise NOLOGIN (reached with SET ROLE) — and, for an owner that is not a
 * superuser, make the owner a member so that it may SET ROLE to it.
 */
export async function ensureAppRole(
  ownerUrl: string,
  role: string,
  login: AppLogin | null,
): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const name = escapeIdentifier(role);
    const authentication = login ? `LOGIN PASSWORD ${escapeLiteral(login.password)}` : 'NOLOGIN';
    const { rows } = await client.query<{ exists: boolean; superuser: boolean }>(
      `SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = $1) AS exists,
              (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS superuser`,
      [role],
    );
    const [state] = rows;
    if (!state?.exists) {
      try {
        await client.query(`CREATE ROLE ${name} ${authentication}`);
      } catch (error) {
        // Another process (a replica, a parallel test file) created it first: fine.
        const code = (error as { code?: string }).code;
        if (code !== '42710' && code !== '23505') throw error;
      }
    } else if (login?.reset) {
      await client.query(`ALTER ROLE ${name} ${authentication}`);
    }
    if (!login && state && !state.superuser) {
      await client.query(`GRANT ${name} TO CURRENT_USER`).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}

/** `ownerUrl` as the application: the session switches to `role` as it starts (fails if it cannot). */
export function setRoleUrl(ownerUrl: string, role: string): string {
  const url = new URL(ownerUrl);
  const options = url.searchParams.get('options');
  url.searchParams.set('options', `${options ? `${options} ` : ''}-c role=${role}`);
  return url.toString();
}

/** `ownerUrl` with the application's own login instead of the owner's. */
export function loginUrl(ownerUrl: string, role: string, password: string): string {
  const url = new URL(ownerUrl);
  url.username = encodeURIComponent(role);
  url.password = encodeURIComponent(password);
  return url.toString();
}

export interface AppConnection {
  /** Where migrations and grants run. */
  ownerUrl: string;
  role: string;
}

const connections = new Map<string, AppConnection>();

/**
 * Remember that `appUrl` is the application's connection to the database owned at `ownerUrl`:
 * createDataSource() and migrate() then run migrations as that owner, without every caller
 * having to carry both URLs.
 */
export function registerAppConnection(appUrl: string, connection: AppConnection): void {
  connections.set(appUrl, connection);
}

export function appConnectionOf(url: string): AppConnection | undefined {
  return connections.get(url);
}

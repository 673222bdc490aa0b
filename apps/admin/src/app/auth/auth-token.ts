const TOKEN_KEY = 'kizuna.token';

/** The staff session token (Authorization: Bearer …), kept across reloads. */
export const authToken = {
  get: (): string | null => globalThis.localStorage?.getItem(TOKEN_KEY) ?? null,
  set: (token: string): void => globalThis.localStorage?.setItem(TOKEN_KEY, token),
  clear: (): void => globalThis.localStorage?.removeItem(TOKEN_KEY),
};

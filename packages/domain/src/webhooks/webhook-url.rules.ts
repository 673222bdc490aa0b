import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { isNonPublicAddress, parseIpAddress } from './ip-address.js';

/** A webhook URL has at most this many characters. */
export const WEBHOOK_URL_MAX = 2000;

/** Where webhooks may be sent: from NODE_ENV and KIZUNA_WEBHOOK_ALLOW_PRIVATE. */
export interface WebhookUrlPolicy {
  /** Production sends over https only. */
  production: boolean;
  /** Private, loopback and link-local addresses allowed (development and tests only). */
  allowPrivate: boolean;
}

/**
 * A webhook URL as written: an absolute http(s) URL without user name, password or fragment,
 * https in production, not a literal non-public address unless allowed. Returns it normalised.
 * A host name is checked again once resolved (webhookAddressRefusal), at creation and at delivery.
 */
export function validateWebhookUrl(
  raw: string,
  policy: WebhookUrlPolicy,
  field = 'url',
): Result<string, UserErrorData> {
  const text = raw.trim();
  if (text === '') return err(userError('REQUIRED', field));
  if (text.length > WEBHOOK_URL_MAX)
    return err(userError('TOO_LONG', field, { max: WEBHOOK_URL_MAX }));
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return err(userError('INVALID_WEBHOOK_URL', field));
  }
  const http = url.protocol === 'http:' || url.protocol === 'https:';
  if (!http || url.username !== '' || url.password !== '' || url.hash !== '' || text.endsWith('#'))
    return err(userError('INVALID_WEBHOOK_URL', field));
  if (policy.production && url.protocol !== 'https:')
    return err(userError('HTTPS_REQUIRED', field));
  if (!policy.allowPrivate && parseIpAddress(url.hostname) && isNonPublicAddress(url.hostname))
    return err(userError('PRIVATE_ADDRESS_NOT_ALLOWED', field, { value: url.hostname }));
  return ok(url.href);
}

/**
 * The refusal of a host by the addresses it resolved to: none (no such host), or any one that is
 * not public while the policy does not allow it — one private answer is enough to be refused,
 * since the connection may use any of them.
 */
export function webhookAddressRefusal(
  addresses: readonly string[],
  policy: Pick<WebhookUrlPolicy, 'allowPrivate'>,
  field = 'url',
): UserErrorData | null {
  if (addresses.length === 0) return userError('WEBHOOK_HOST_NOT_FOUND', field);
  if (policy.allowPrivate) return null;
  const refused = addresses.find(isNonPublicAddress);
  return refused === undefined
    ? null
    : userError('PRIVATE_ADDRESS_NOT_ALLOWED', field, { value: refused });
}

import { lookup } from 'node:dns/promises';
import {
  err,
  ok,
  parseIpAddress,
  validateWebhookUrl,
  webhookAddressRefusal,
  type Result,
  type UserErrorData,
  type WebhookUrlPolicy,
} from '@kizuna/domain';

/**
 * Where webhooks may go, read when used: https only with NODE_ENV=production; private, loopback
 * and link-local addresses only with KIZUNA_WEBHOOK_ALLOW_PRIVATE=true (development, tests).
 */
export function webhookUrlPolicy(env: NodeJS.ProcessEnv = process.env): WebhookUrlPolicy {
  return {
    production: env.NODE_ENV === 'production',
    allowPrivate: env.KIZUNA_WEBHOOK_ALLOW_PRIVATE === 'true',
  };
}

/** Every address a host name resolves to (none when it does not resolve). */
async function addressesOf(hostname: string): Promise<string[]> {
  const host = hostname.replace(/^\[(.*)\]$/, '$1');
  if (parseIpAddress(host)) return [host];
  try {
    return (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch {
    return [];
  }
}

/**
 * A webhook URL checked by the domain's rule and then by what its host resolves to now: at
 * creation, at each change and before each delivery (a name may come to point elsewhere).
 * Returns the normalised URL.
 */
export async function checkWebhookUrl(
  raw: string,
  policy: WebhookUrlPolicy = webhookUrlPolicy(),
): Promise<Result<string, UserErrorData>> {
  const valid = validateWebhookUrl(raw, policy);
  if (!valid.ok) return valid;
  const refusal = webhookAddressRefusal(await addressesOf(new URL(valid.value).hostname), policy);
  return refusal ? err(refusal) : ok(valid.value);
}

import { userError, type UserErrorData } from '../errors/user-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { toHalfWidth } from './width.js';

export const EMAIL_MAX_LENGTH = 254;
const LOCAL_MAX_LENGTH = 64;
// RFC 5322 dot-atom for the local part (no quoted strings); LDH labels and a letter TLD for the domain.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** An email address (full-width accepted), trimmed, with its domain in lower case; at most 254 characters. */
export function validateEmail(raw: string): Result<string, UserErrorData> {
  const s = toHalfWidth(raw).trim();
  const at = s.lastIndexOf('@');
  const local = s.slice(0, at);
  const domain = s.slice(at + 1).toLowerCase();
  const valid =
    at > 0 &&
    s.length <= EMAIL_MAX_LENGTH &&
    local.length <= LOCAL_MAX_LENGTH &&
    LOCAL.test(local) &&
    DOMAIN.test(domain);
  return valid ? ok(`${local}@${domain}`) : err(userError('INVALID_EMAIL', 'email'));
}

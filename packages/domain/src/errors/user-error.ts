import { USER_ERROR_MESSAGES } from './messages.js';

export type Locale = 'ja' | 'en';

/** Every code a business refusal can carry; clients branch on these, so they only ever grow. */
export const USER_ERROR_CODES = [
  'REQUIRED',
  'TOO_LONG',
  'INVALID_CORPORATE_NUMBER',
  'INVALID_EMAIL',
  'INVALID_PHONE',
  'INVALID_POSTAL_CODE',
  'INVALID_KANA',
  'INVALID_DATE',
  'DATE_IN_PAST',
  'UNKNOWN_PLAN',
  'UNKNOWN_OPTION',
  'INACTIVE_OPTION',
  'INVALID_STAGE_TRANSITION',
  'NOT_MULTI_FACTOR',
  'OUT_OF_RANGE',
  'NOT_FOUND',
  'INVALID_CREDENTIALS',
  'SELF_APPROVAL_NOT_ALLOWED',
  'CONFIRMATION_MISMATCH',
  'STALE_VERSION',
  'NOT_PENDING',
  'DUPLICATE_PENDING',
  'SUBSCRIPTION_CHANGED',
  'NOT_IN_TRIAL',
  'NOT_ACTIVE',
  'INVALID_CHURN_REASON',
  'NO_CHANGE',
  'FORBIDDEN',
  'DUPLICATE',
  'INVALID_DATE_TIME',
  'DATE_IN_FUTURE',
  'UNKNOWN_CHANNEL',
  'MISSING_COLUMN',
  'INVALID_FILE',
  'OTHER_CUSTOMER',
  'CHECKER_ALREADY_DECIDED',
  'OPTION_GROUP_CONFLICT',
  'TRIAL_EXTENSION_LIMIT',
  'EFFECTIVE_DATE_PASSED',
  'TRIAL_ALREADY_USED',
  'NOT_LEAD',
  'NOT_CHURNED',
  'TRIAL_NOT_EXPIRED',
  'WITHDRAWAL_ALREADY_REQUESTED',
  'NO_WITHDRAWAL_REQUESTED',
  'SCHEDULED_CHANGE_EXISTS',
  'NO_ACTIVE_PLAN',
  'TOO_MANY_ATTEMPTS',
  'INVALID_SCOPE',
  'INVALID_CODE',
  'PASSWORD_TOO_SHORT',
  'LAST_ACTIVE_ADMIN',
  'CANNOT_DEACTIVATE_SELF',
  'APPLY_FAILED',
  'INVALID_WEBHOOK_URL',
  'HTTPS_REQUIRED',
  'PRIVATE_ADDRESS_NOT_ALLOWED',
  'WEBHOOK_HOST_NOT_FOUND',
  'UNKNOWN_EVENT_TYPE',
  'WEBHOOK_ENDPOINT_DISABLED',
  'INVALID_MONTH',
  'MONTH_NOT_ENDED',
  'SLA_TARGET_TIER_REQUIRED',
  'SLA_TIERS_NOT_INCREASING',
  'SLA_CREDIT_ALREADY_APPLIED',
  'CONTRACT_TERM_NOT_ALLOWED',
  'CUSTOMER_ERASED',
  'PRIMARY_CONTACT_REQUIRED',
  'TASK_NOT_OPEN',
  'STAFF_INACTIVE',
  'AUTOMATIC_TASK_TITLE',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

/** A refusal of user input: a code to branch on, the field it names, a message in ja and en. */
export interface UserErrorData {
  code: UserErrorCode;
  field: string | null;
  message: { ja: string; en: string };
}

export type UserErrorParams = Readonly<Record<string, string | number>>;

/** Replace `{name}` by `params.name`; unknown names are left visible rather than guessed. */
export function fillMessage(template: string, params: UserErrorParams): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? placeholder : String(value);
  });
}

/** Build a user error with its ja and en messages. */
export function userError(
  code: UserErrorCode,
  field: string | null = null,
  params: UserErrorParams = {},
): UserErrorData {
  const m = USER_ERROR_MESSAGES[code];
  return { code, field, message: { ja: fillMessage(m.ja, params), en: fillMessage(m.en, params) } };
}

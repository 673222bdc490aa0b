import { userError, type UserErrorData } from '../errors/user-error.js';
import { validateCorporateNumber } from '../jp/corporate-number.rules.js';
import { normalizeKana } from '../jp/kana.rules.js';
import { err, ok, type Result } from '../shared/result.js';
import { roundHalfAwayFromZero } from '../shared/rounding.js';
import { fieldRules } from './field-rules.js';
import type { Industry } from './industry.js';
import { CUSTOMER_NAME_MAX } from './start-trial.rules.js';

/** How engaged the customer's organisation is with the product and with us. */
export const ENGAGEMENT_LEVELS = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Engagement = (typeof ENGAGEMENT_LEVELS)[number];

export const ENGAGEMENT_LABELS: Record<Engagement, { ja: string; en: string }> = {
  HIGH: { ja: '高い（積極的）', en: 'High' },
  MEDIUM: { ja: '普通', en: 'Medium' },
  LOW: { ja: '低い（消極的）', en: 'Low' },
};

/** 1,000 兆円: beyond any company, and well inside exact integers (2^53). */
export const MAX_ANNUAL_REVENUE_YEN = 1_000_000_000_000_000;
export const MAX_EMPLOYEE_COUNT = 10_000_000;
/** 流動比率 as a ratio (1.5 = 150 %), kept to two decimals. */
export const MAX_CURRENT_RATIO = 1000;

/** The company record: corporate data only (its people are contacts). Null: not known. */
export interface CompanyProfile {
  name: string;
  nameKana: string | null;
  corporateNumber: string | null;
  annualRevenueYen: number | null;
  currentRatio: number | null;
  employeeCount: number | null;
  industry: Industry | null;
  engagement: Engagement | null;
}

export const COMPANY_PROFILE_FIELDS = [
  'name',
  'nameKana',
  'corporateNumber',
  'annualRevenueYen',
  'currentRatio',
  'employeeCount',
  'industry',
  'engagement',
] as const satisfies readonly (keyof CompanyProfile)[];
export type CompanyProfileField = (typeof COMPANY_PROFILE_FIELDS)[number];

/** A change as typed: an absent field is kept, null clears it (the name cannot be cleared). */
export type CompanyProfileChange = {
  [K in CompanyProfileField]?:
    (K extends 'name' | 'nameKana' | 'corporateNumber' ? string : CompanyProfile[K]) | null;
};

/** A whole number 0…max, or OUT_OF_RANGE naming the field. */
function count(value: number, field: string, max: number, errors: UserErrorData[]) {
  if (Number.isSafeInteger(value) && value >= 0 && value <= max) return value;
  errors.push(userError('OUT_OF_RANGE', field, { value }));
  return null;
}

function ratio(value: number, field: string, errors: UserErrorData[]) {
  if (Number.isFinite(value) && value >= 0 && value <= MAX_CURRENT_RATIO)
    return roundHalfAwayFromZero(value, 2);
  errors.push(userError('OUT_OF_RANGE', field, { value }));
  return null;
}

/**
 * Apply a change to a company's profile: every given field validated by the Japanese rules
 * (furigana, 法人番号 check digit) or its range, every problem reported at once. Answers the
 * new profile and the fields whose values really changed (after normalisation).
 */
export function changeCompanyProfile(
  current: CompanyProfile,
  change: CompanyProfileChange,
): Result<{ profile: CompanyProfile; changedFields: CompanyProfileField[] }, UserErrorData[]> {
  const errors: UserErrorData[] = [];
  const { text, normalised } = fieldRules(errors);
  const next: CompanyProfile = { ...current };
  if (change.name !== undefined) next.name = text(change.name, 'name', CUSTOMER_NAME_MAX, true)!;
  if (change.nameKana !== undefined)
    next.nameKana = normalised(change.nameKana, 'nameKana', normalizeKana);
  if (change.corporateNumber !== undefined)
    next.corporateNumber = normalised(
      change.corporateNumber,
      'corporateNumber',
      validateCorporateNumber,
    );
  const { annualRevenueYen, employeeCount, currentRatio } = change;
  if (annualRevenueYen !== undefined)
    next.annualRevenueYen =
      annualRevenueYen === null
        ? null
        : count(annualRevenueYen, 'annualRevenueYen', MAX_ANNUAL_REVENUE_YEN, errors);
  if (employeeCount !== undefined)
    next.employeeCount =
      employeeCount === null
        ? null
        : count(employeeCount, 'employeeCount', MAX_EMPLOYEE_COUNT, errors);
  if (currentRatio !== undefined)
    next.currentRatio = currentRatio === null ? null : ratio(currentRatio, 'currentRatio', errors);
  if (change.industry !== undefined) next.industry = change.industry;
  if (change.engagement !== undefined) next.engagement = change.engagement;
  if (errors.length > 0) return err(errors);
  const changedFields = COMPANY_PROFILE_FIELDS.filter((f) => next[f] !== current[f]);
  return ok({ profile: next, changedFields });
}

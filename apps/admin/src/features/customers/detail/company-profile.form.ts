import {
  changeCompanyProfile,
  type CompanyProfile,
  type Engagement,
  type Industry,
  type UserErrorData,
} from '@kizuna/domain';
import type { UpdateCustomerInput } from '../../../gql/graphql';

/** The profile form as typed: the current ratio in percent (150 = 1.5), the revenue in yen. */
export interface CompanyProfileFormValues {
  name?: string;
  nameKana?: string | null;
  corporateNumber?: string | null;
  annualRevenueYen?: number | null;
  /** 流動比率 in percent, as people read it. */
  currentRatio?: number | null;
  employeeCount?: number | null;
  industry?: Industry | null;
  engagement?: Engagement | null;
}

const blankToNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);
const numberOrNull = (n: number | null | undefined) => (typeof n === 'number' ? n : null);

/** Percent → ratio, without float noise (150 → 1.5, 123.45 → 1.2345). */
const percentToRatio = (percent: number | null) =>
  percent === null ? null : Math.round(percent * 100) / 10000;

/** The form's values from the stored profile. */
export function companyProfileFormValues(profile: CompanyProfile): CompanyProfileFormValues {
  return {
    ...profile,
    currentRatio:
      profile.currentRatio === null ? null : Math.round(profile.currentRatio * 10000) / 100,
  };
}

/** The profile as the form describes it (the API's units: ratio, whole yen). */
function formProfile(values: CompanyProfileFormValues): CompanyProfile {
  return {
    name: values.name?.trim() ?? '',
    nameKana: blankToNull(values.nameKana),
    corporateNumber: blankToNull(values.corporateNumber),
    annualRevenueYen: numberOrNull(values.annualRevenueYen),
    currentRatio: percentToRatio(numberOrNull(values.currentRatio)),
    employeeCount: numberOrNull(values.employeeCount),
    industry: values.industry ?? null,
    engagement: values.engagement ?? null,
  };
}

/** The domain's refusals of the typed profile (furigana, 法人番号 check digit, ranges). */
export function checkCompanyProfile(
  current: CompanyProfile,
  values: CompanyProfileFormValues,
): UserErrorData[] {
  const result = changeCompanyProfile(current, formProfile(values));
  return result.ok ? [] : result.error;
}

/** updateCustomer's input: every field of the form, at the version read. */
export function updateCustomerInput(
  customerId: string,
  version: number,
  values: CompanyProfileFormValues,
): UpdateCustomerInput {
  return { customerId, version, ...formProfile(values) };
}

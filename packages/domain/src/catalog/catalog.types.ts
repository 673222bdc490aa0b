export const MFA_FACTOR_CATEGORIES = ['KNOWLEDGE', 'POSSESSION', 'INHERENCE'] as const;
export type MfaFactorCategory = (typeof MFA_FACTOR_CATEGORIES)[number];

export const MFA_FACTOR_CATEGORY_LABELS: Record<MfaFactorCategory, { ja: string; en: string }> = {
  KNOWLEDGE: { ja: '記憶', en: 'Knowledge' },
  POSSESSION: { ja: '所持', en: 'Possession' },
  INHERENCE: { ja: '属性', en: 'Inherence' },
};

export const OPTION_KINDS = ['MFA', 'STORAGE', 'FEATURE', 'SUPPORT'] as const;
export type OptionKind = (typeof OPTION_KINDS)[number];

export interface Plan {
  code: string;
  nameJa: string;
  nameEn: string;
  /** Whole yen, excluding consumption tax. */
  monthlyFeeYen: number;
  limits: Record<string, string | number>;
  /** Promised monthly availability, e.g. 99.95. */
  slaTargetPercent: number;
  sortOrder: number;
}

export interface CatalogOption {
  code: string;
  nameJa: string;
  nameEn: string;
  monthlyFeeYen: number;
  kind: OptionKind;
  /** Set for MFA options only. */
  factorCategory: MfaFactorCategory | null;
  /** Exclusive group: a subscription holds at most one option of a group (e.g. 'STORAGE'). */
  optionGroup: string | null;
  active: boolean;
}

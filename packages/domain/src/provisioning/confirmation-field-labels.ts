import type { ConfirmationField } from './provisioning-check.rules.js';

/** What each blind-checked field is called on screen and in near-miss texts. */
export const CONFIRMATION_FIELD_LABELS: Record<ConfirmationField, { ja: string; en: string }> = {
  planCode: { ja: 'プラン', en: 'plan' },
  optionCodes: { ja: 'オプション', en: 'options' },
  effectiveDate: { ja: '適用日', en: 'effective date' },
  trialEndsOn: { ja: 'トライアル終了日', en: 'trial end date' },
  corporateNumber: { ja: '法人番号', en: 'corporate number' },
  creditAmountYen: { ja: 'クレジット額（税抜）', en: 'credit amount (excl. tax)' },
  contractTerm: { ja: '契約期間', en: 'contract term' },
};

/** The fields' labels joined for a sentence: 「プラン、適用日」 / "plan, effective date". */
export function confirmationFieldLabels(fields: readonly ConfirmationField[]): {
  ja: string;
  en: string;
} {
  return {
    ja: fields.map((f) => CONFIRMATION_FIELD_LABELS[f].ja).join('、'),
    en: fields.map((f) => CONFIRMATION_FIELD_LABELS[f].en).join(', '),
  };
}

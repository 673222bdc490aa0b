import { withConsumptionTax, type TaxedAmount } from '../money/tax.rules.js';

/** How long a contract runs before it renews. Every contract is MONTHLY unless stated. */
export const CONTRACT_TERMS = ['MONTHLY', 'ANNUAL'] as const;
export type ContractTerm = (typeof CONTRACT_TERMS)[number];
export const DEFAULT_CONTRACT_TERM: ContractTerm = 'MONTHLY';

export const CONTRACT_TERM_LABELS: Record<ContractTerm, { ja: string; en: string }> = {
  MONTHLY: { ja: '月契約', en: 'Monthly' },
  ANNUAL: { ja: '年契約', en: 'Annual' },
};

export const isContractTerm = (value: unknown): value is ContractTerm =>
  (CONTRACT_TERMS as readonly unknown[]).includes(value);

/** Months in one term. */
export const CONTRACT_TERM_MONTHS: Record<ContractTerm, number> = { MONTHLY: 1, ANNUAL: 12 };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date YYYY-MM-DD plus whole months, the day clamped to the month's end (01-31 + 1 → 02-28). */
export function addMonthsClamped(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, last))}`;
}

/**
 * The next renewal after `today`: the first date `startedOn` + n terms (n ≥ 1, counted from the
 * start each time, so a contract from the 31st renews on each month's last day) later than today.
 */
export function nextRenewalDate(startedOn: string, term: ContractTerm, today: string): string {
  const step = CONTRACT_TERM_MONTHS[term];
  const monthsSince =
    (Number(today.slice(0, 4)) - Number(startedOn.slice(0, 4))) * 12 +
    Number(today.slice(5, 7)) -
    Number(startedOn.slice(5, 7));
  const months = Math.max(Math.floor(monthsSince / step), 1) * step;
  const candidate = addMonthsClamped(startedOn, months);
  return candidate > today ? candidate : addMonthsClamped(startedOn, months + step);
}

/** What one term costs at a monthly fee (税抜): the fee times the term's months, taxed once. */
export function renewalAmount(monthlyFeeYen: number, term: ContractTerm): TaxedAmount {
  return withConsumptionTax(monthlyFeeYen * CONTRACT_TERM_MONTHS[term]);
}

import {
  ENGAGEMENT_LEVELS,
  type CompanyProfile,
  type Engagement,
  type Industry,
} from '@kizuna/domain';
import type { Random } from './random';

/** What a demo company's profile says (null: not known). */
export type DemoCompanyProfile = Pick<
  CompanyProfile,
  'annualRevenueYen' | 'currentRatio' | 'employeeCount' | 'industry' | 'engagement'
>;

/**
 * Size classes of the demo companies, by 年商 range in yen (log-uniform within), chosen so that
 * the default touch-model thresholds (README) give a few high-touch companies, many low-touch
 * and many tech-touch ones: LARGE ≥ ¥1B (high touch); UPPER_MID ¥300M–1B (high touch when
 * engaged); LOWER_MID ¥100M–300M (low touch); SMALL ¥10M–100M (tech touch).
 */
const SIZES = {
  LARGE: { revenue: [1e9, 3e10], engagement: { HIGH: 50, MEDIUM: 40, LOW: 10 } },
  UPPER_MID: { revenue: [3e8, 1e9], engagement: { HIGH: 20, MEDIUM: 55, LOW: 25 } },
  LOWER_MID: { revenue: [1e8, 3e8], engagement: { HIGH: 15, MEDIUM: 55, LOW: 30 } },
  SMALL: { revenue: [1e7, 1e8], engagement: { HIGH: 10, MEDIUM: 50, LOW: 40 } },
} as const;
type Size = keyof typeof SIZES;

/**
 * How often each size occurs; NONE: nothing known yet (a "no data" profile), REVENUE_UNKNOWN:
 * industry and headcount known but not the revenue. A 有限会社 (no new ones since 2006) is small.
 */
const SHARES: readonly (readonly [Size | 'NONE' | 'REVENUE_UNKNOWN', number])[] = [
  ['NONE', 10],
  ['REVENUE_UNKNOWN', 4],
  ['LARGE', 5],
  ['UPPER_MID', 26],
  ['LOWER_MID', 20],
  ['SMALL', 35],
];
const SMALL_FORM_SHARES: typeof SHARES = [
  ['NONE', 10],
  ['REVENUE_UNKNOWN', 4],
  ['LOWER_MID', 26],
  ['SMALL', 60],
];
const SMALL_FORM = '有限会社';

/** A number between min and max, log-uniform: as many ¥10M–¥100M companies as ¥100M–¥1B ones. */
const logUniform = (random: Random, [min, max]: readonly [number, number]) =>
  Math.exp(Math.log(min) + random.next() * (Math.log(max) - Math.log(min)));

/** 流動比率: about one company in twelve below 1.00 (may struggle to pay), most 1.2–2.5. */
function currentRatio(random: Random): number {
  const ratio = random.next() < 0.08 ? 0.55 + 0.44 * random.next() : 1 + 2.2 * random.next() ** 1.5;
  return Math.round(ratio * 100) / 100;
}

/**
 * A deterministic, plausible company profile for a demo customer of the given legal form whose
 * trade name suggests `industries`: revenue rounded to 百万円, headcount from revenue per
 * employee (¥15M–60M), and a current ratio and engagement that are sometimes not known.
 */
export function demoCompanyProfile(
  random: Random,
  { form, industries }: { form: string; industries: readonly Industry[] },
): DemoCompanyProfile | null {
  const size = random.weighted(form === SMALL_FORM ? SMALL_FORM_SHARES : SHARES);
  if (size === 'NONE') return null;
  const industry = random.pick(industries);
  const known = (share: number) => random.next() < share;
  if (size === 'REVENUE_UNKNOWN')
    return {
      annualRevenueYen: null,
      currentRatio: null,
      employeeCount: random.int(5, 300),
      industry,
      engagement: known(0.5) ? random.pick(ENGAGEMENT_LEVELS) : null,
    };
  const { revenue: range, engagement: weights } = SIZES[size];
  const revenue = Math.max(1_000_000, Math.round(logUniform(random, range) / 1e6) * 1e6);
  const perEmployee = logUniform(random, [1.5e7, 6e7]);
  const engagements = Object.entries(weights) as [Engagement, number][];
  return {
    annualRevenueYen: revenue,
    // Small private companies often do not disclose their balance sheet.
    currentRatio: known(size === 'SMALL' ? 0.7 : 0.9) ? currentRatio(random) : null,
    employeeCount: Math.max(1, Math.round(revenue / perEmployee)),
    industry,
    engagement: known(0.85) ? random.weighted(engagements) : null,
  };
}

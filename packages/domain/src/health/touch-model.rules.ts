import type { CompanyProfile } from '../customers/company-profile.rules.js';
import { MAX_ANNUAL_REVENUE_YEN, MAX_CURRENT_RATIO } from '../customers/company-profile.rules.js';
import { userError, type UserErrorData } from '../errors/user-error.js';
import { formatYen } from '../money/format.js';
import { err, ok, type Result } from '../shared/result.js';

type Text = { ja: string; en: string };

/** How much human attention a customer gets: a named CSM, a pooled team, or the product itself. */
export const TOUCH_MODELS = ['HIGH_TOUCH', 'LOW_TOUCH', 'TECH_TOUCH'] as const;
export type TouchModel = (typeof TOUCH_MODELS)[number];

export const TOUCH_MODEL_LABELS: Record<TouchModel, Text> = {
  HIGH_TOUCH: { ja: 'ハイタッチ', en: 'High touch' },
  LOW_TOUCH: { ja: 'ロータッチ', en: 'Low touch' },
  TECH_TOUCH: { ja: 'テックタッチ', en: 'Tech touch' },
};

/** The thresholds of the touch-model rule: data an admin edits (README lists the defaults). */
export interface TouchModelThresholds {
  /** 年商 at or above this: HIGH_TOUCH, whatever else is known. */
  highTouchRevenueYen: number;
  /** 年商 at or above this, with HIGH engagement and a sound current ratio: HIGH_TOUCH. */
  engagedHighTouchRevenueYen: number;
  /** 年商 below this: TECH_TOUCH. */
  techTouchRevenueBelowYen: number;
  /** 流動比率 below this: TECH_TOUCH (a company that may struggle to pay gets the scalable model). */
  techTouchCurrentRatioBelow: number;
}

export const DEFAULT_TOUCH_MODEL_THRESHOLDS: TouchModelThresholds = {
  highTouchRevenueYen: 1_000_000_000,
  engagedHighTouchRevenueYen: 300_000_000,
  techTouchRevenueBelowYen: 100_000_000,
  techTouchCurrentRatioBelow: 1,
};

/** What the rule reads of a company; null: not known. */
export type TouchModelProfile = Pick<
  CompanyProfile,
  'annualRevenueYen' | 'currentRatio' | 'engagement'
>;
export type TouchModelProfileField = keyof TouchModelProfile;

export interface TouchModelAssessment {
  touchModel: TouchModel;
  /** Which rule decided, in words. */
  reason: Text;
  /** The profile fields that were not known (the rule decided from the others). */
  unknownFields: TouchModelProfileField[];
}

const FIELD_LABELS: Record<TouchModelProfileField, Text> = {
  annualRevenueYen: { ja: '年商', en: 'annual revenue' },
  currentRatio: { ja: '流動比率', en: 'current ratio' },
  engagement: { ja: 'エンゲージメント', en: 'engagement' },
};

const ratio = (v: number) => v.toFixed(2);

/**
 * The touch model a company's profile calls for, first rule that holds:
 * 1. 年商 ≥ highTouchRevenueYen → HIGH_TOUCH;
 * 2. 年商 < techTouchRevenueBelowYen, or 流動比率 < techTouchCurrentRatioBelow → TECH_TOUCH;
 * 3. 年商 ≥ engagedHighTouchRevenueYen and engagement HIGH → HIGH_TOUCH;
 * 4. otherwise LOW_TOUCH — also when too little is known to apply the rules above (said so).
 */
export function deriveTouchModel(
  profile: TouchModelProfile,
  t: TouchModelThresholds,
): TouchModelAssessment {
  const { annualRevenueYen: revenue, currentRatio, engagement } = profile;
  const unknownFields = (Object.keys(FIELD_LABELS) as TouchModelProfileField[]).filter(
    (f) => profile[f] === null,
  );
  const decide = (touchModel: TouchModel, reason: Text) => ({
    touchModel,
    reason: withUnknown(reason, unknownFields),
    unknownFields,
  });
  if (revenue !== null && revenue >= t.highTouchRevenueYen)
    return decide('HIGH_TOUCH', {
      ja: `年商 ${formatYen(revenue)}（${formatYen(t.highTouchRevenueYen)} 以上）`,
      en: `annual revenue ${formatYen(revenue)} (${formatYen(t.highTouchRevenueYen)} or more)`,
    });
  if (revenue !== null && revenue < t.techTouchRevenueBelowYen)
    return decide('TECH_TOUCH', {
      ja: `年商 ${formatYen(revenue)}（${formatYen(t.techTouchRevenueBelowYen)} 未満）`,
      en: `annual revenue ${formatYen(revenue)} (below ${formatYen(t.techTouchRevenueBelowYen)})`,
    });
  if (currentRatio !== null && currentRatio < t.techTouchCurrentRatioBelow)
    return decide('TECH_TOUCH', {
      ja: `流動比率 ${ratio(currentRatio)}（${ratio(t.techTouchCurrentRatioBelow)} 未満）`,
      en: `current ratio ${ratio(currentRatio)} (below ${ratio(t.techTouchCurrentRatioBelow)})`,
    });
  if (revenue !== null && revenue >= t.engagedHighTouchRevenueYen && engagement === 'HIGH')
    return decide('HIGH_TOUCH', {
      ja: `年商 ${formatYen(revenue)}（${formatYen(t.engagedHighTouchRevenueYen)} 以上）でエンゲージメントが高い`,
      en: `annual revenue ${formatYen(revenue)} (${formatYen(t.engagedHighTouchRevenueYen)} or more) and high engagement`,
    });
  if (revenue === null)
    return decide('LOW_TOUCH', {
      ja: '年商が不明のため、標準のロータッチ',
      en: 'annual revenue unknown: low touch by default',
    });
  return decide('LOW_TOUCH', {
    ja: `年商 ${formatYen(revenue)}（ハイタッチ・テックタッチの条件に当たらない）`,
    en: `annual revenue ${formatYen(revenue)} (neither high- nor tech-touch conditions hold)`,
  });
}

function withUnknown(reason: Text, unknown: readonly TouchModelProfileField[]): Text {
  if (unknown.length === 0) return reason;
  return {
    ja: `${reason.ja}。不明：${unknown.map((f) => FIELD_LABELS[f].ja).join('・')}`,
    en: `${reason.en}; not known: ${unknown.map((f) => FIELD_LABELS[f].en).join(', ')}`,
  };
}

/** Revenues whole yen within the profile's range, ordered tech < engaged ≤ high; ratio 0–1000. */
export function validateTouchModelThresholds(
  t: TouchModelThresholds,
  prefix = 'touchModel',
): UserErrorData[] {
  const errors: UserErrorData[] = [];
  const revenues = [
    'highTouchRevenueYen',
    'engagedHighTouchRevenueYen',
    'techTouchRevenueBelowYen',
  ] as const;
  for (const field of revenues) {
    const v = t[field];
    if (!Number.isSafeInteger(v) || v < 0 || v > MAX_ANNUAL_REVENUE_YEN)
      errors.push(userError('OUT_OF_RANGE', `${prefix}.${field}`, { value: v }));
  }
  const r = t.techTouchCurrentRatioBelow;
  if (!Number.isFinite(r) || r < 0 || r > MAX_CURRENT_RATIO || Math.round(r * 100) !== r * 100)
    errors.push(userError('OUT_OF_RANGE', `${prefix}.techTouchCurrentRatioBelow`, { value: r }));
  if (errors.length > 0) return errors;
  if (t.engagedHighTouchRevenueYen > t.highTouchRevenueYen)
    errors.push(
      userError('OUT_OF_RANGE', `${prefix}.engagedHighTouchRevenueYen`, {
        value: t.engagedHighTouchRevenueYen,
      }),
    );
  if (t.techTouchRevenueBelowYen > t.engagedHighTouchRevenueYen)
    errors.push(
      userError('OUT_OF_RANGE', `${prefix}.techTouchRevenueBelowYen`, {
        value: t.techTouchRevenueBelowYen,
      }),
    );
  return errors;
}

export const TOUCH_MODEL_REASON_MAX = 500;

/** Staff overriding the derived model: a reason (≤ 500, spaces collapsed) is required. */
export function validateTouchModelOverride(override: {
  touchModel: TouchModel;
  reason: string;
}): Result<{ touchModel: TouchModel; reason: string }, UserErrorData[]> {
  const reason = override.reason.trim().replace(/\s+/g, ' ');
  if (reason === '') return err([userError('REQUIRED', 'reason')]);
  if (reason.length > TOUCH_MODEL_REASON_MAX)
    return err([userError('TOO_LONG', 'reason', { max: TOUCH_MODEL_REASON_MAX })]);
  return ok({ touchModel: override.touchModel, reason });
}

import {
  DEFAULT_HEALTH_SETTINGS,
  DEFAULT_TOUCH_MODEL_THRESHOLDS,
  HEALTH_SIGNALS,
  userError,
  validateHealthSettings,
  validateTouchModelThresholds,
  type HealthSignal,
  type TouchModelThresholds,
  type UserErrorData,
} from '@kizuna/domain';
import type {
  HealthSettingsFormFragment,
  HealthWeightsInput,
  UpdateHealthSettingsInput,
} from '../../../gql/graphql';

/** What the form holds: weights by signal, band thresholds, touch-model thresholds. */
export interface HealthSettingsValues {
  weights: Partial<Record<HealthSignal, number | null>>;
  goodAtLeast?: number | null;
  watchAtLeast?: number | null;
  touchModel: Partial<Record<keyof TouchModelThresholds, number | null>>;
}

export const TOUCH_MODEL_FIELDS = [
  'highTouchRevenueYen',
  'engagedHighTouchRevenueYen',
  'techTouchRevenueBelowYen',
  'techTouchCurrentRatioBelow',
] as const satisfies readonly (keyof TouchModelThresholds)[];

/** Input paths of the form, as the domain and the API name them in userErrors. */
export const HEALTH_SETTINGS_FIELDS = [
  ...HEALTH_SIGNALS.map((s) => `weights.${s}`),
  'goodAtLeast',
  'watchAtLeast',
  ...TOUCH_MODEL_FIELDS.map((f) => `touchModel.${f}`),
];

/** The GraphQL input's name of each signal's weight. */
const WEIGHT_INPUT_KEYS: Record<HealthSignal, keyof HealthWeightsInput> = {
  USAGE: 'usage',
  SURVEYS: 'surveys',
  SLA: 'sla',
  OPTION_ADOPTION: 'optionAdoption',
  OPEN_ISSUES: 'openIssues',
  RENEWAL: 'renewal',
};

/** The settings as read → the form's values. */
export function healthSettingsValues(s: HealthSettingsFormFragment): HealthSettingsValues {
  return {
    weights: Object.fromEntries(s.weights.map((w) => [w.signal, w.weight])),
    goodAtLeast: s.goodAtLeast,
    watchAtLeast: s.watchAtLeast,
    touchModel: { ...s.touchModel },
  };
}

/** The values a fresh install starts with (the domain's defaults). */
export const DEFAULT_VALUES: HealthSettingsValues = {
  weights: { ...DEFAULT_HEALTH_SETTINGS.weights },
  goodAtLeast: DEFAULT_HEALTH_SETTINGS.goodAtLeast,
  watchAtLeast: DEFAULT_HEALTH_SETTINGS.watchAtLeast,
  touchModel: { ...DEFAULT_TOUCH_MODEL_THRESHOLDS },
};

const numberOr = (v: number | null | undefined) => (v === null || v === undefined ? NaN : v);

/** The refusals of the domain's rules (the API applies them again), empty fields as REQUIRED. */
export function checkHealthSettings(values: HealthSettingsValues): UserErrorData[] {
  const missing = HEALTH_SETTINGS_FIELDS.filter((path) => {
    const [group, key] = path.split('.') as [string, string | undefined];
    const v = key
      ? (values[group as 'weights' | 'touchModel'] as Record<string, number | null | undefined>)[
          key
        ]
      : values[group as 'goodAtLeast' | 'watchAtLeast'];
    return v === null || v === undefined;
  });
  if (missing.length > 0) return missing.map((path) => userError('REQUIRED', path));
  const health = validateHealthSettings({
    weights: Object.fromEntries(
      HEALTH_SIGNALS.map((s) => [s, numberOr(values.weights[s])]),
    ) as Record<HealthSignal, number>,
    goodAtLeast: numberOr(values.goodAtLeast),
    watchAtLeast: numberOr(values.watchAtLeast),
  });
  return [
    ...(health.ok ? [] : health.error),
    ...validateTouchModelThresholds(touchModelOf(values)),
  ];
}

function touchModelOf(values: HealthSettingsValues): TouchModelThresholds {
  return {
    highTouchRevenueYen: numberOr(values.touchModel.highTouchRevenueYen),
    engagedHighTouchRevenueYen: numberOr(values.touchModel.engagedHighTouchRevenueYen),
    techTouchRevenueBelowYen: numberOr(values.touchModel.techTouchRevenueBelowYen),
    techTouchCurrentRatioBelow: numberOr(values.touchModel.techTouchCurrentRatioBelow),
  };
}

/** Form → UpdateHealthSettingsInput, with the version the admin edited. */
export function serializeHealthSettings(
  values: HealthSettingsValues,
  version: number,
): UpdateHealthSettingsInput {
  return {
    version,
    weights: Object.fromEntries(
      HEALTH_SIGNALS.map((s) => [WEIGHT_INPUT_KEYS[s], values.weights[s] ?? 0]),
    ) as unknown as HealthWeightsInput,
    goodAtLeast: values.goodAtLeast ?? 0,
    watchAtLeast: values.watchAtLeast ?? 0,
    touchModel: touchModelOf(values),
  };
}

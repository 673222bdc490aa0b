import {
  deriveTouchModel,
  HEALTH_SIGNAL_LABELS,
  HEALTH_SIGNALS,
  type Locale,
  type TouchModelProfile,
  type TouchModelThresholds,
} from '@kizuna/domain';
import type { CurrentHealthRow, TouchModelOverrideRow } from './health.loaders';
import type { StoredHealthSettings } from './health-settings.store';
import type {
  CompanyNpsType,
  HealthScoreType,
  HealthSettingsType,
  TouchModelAssessmentType,
} from './health.type';

/** A stored score in the caller's language; null before the first computation or unscored. */
export function toHealthScoreType(
  row: CurrentHealthRow | null,
  locale: Locale,
): HealthScoreType | null {
  if (!row?.components || !row.computedAt) return null;
  return {
    score: row.score,
    band: row.band,
    computedAt: row.computedAt,
    components: row.components.map((c) => ({
      key: c.key,
      label: c.label[locale],
      value: c.value,
      weight: c.weight,
      effectiveWeight: c.effectiveWeight,
      contribution: c.contribution,
      explanation: c.explanation[locale],
      missing: c.missing,
    })),
  };
}

/** The company NPS stored with the score; null before the first computation or unscored. */
export function toCompanyNpsType(row: CurrentHealthRow | null): CompanyNpsType | null {
  if (!row?.components) return null;
  return { score: row.nps, respondents: row.npsRespondents, band: row.npsBand ?? 'NO_NPS' };
}

export function toHealthSettingsType(s: StoredHealthSettings, locale: Locale): HealthSettingsType {
  return {
    weights: HEALTH_SIGNALS.map((signal) => ({
      signal,
      label: HEALTH_SIGNAL_LABELS[signal][locale],
      weight: s.health.weights[signal],
    })),
    goodAtLeast: s.health.goodAtLeast,
    watchAtLeast: s.health.watchAtLeast,
    touchModel: s.touchModel,
    version: s.version,
    updatedAt: s.updatedAt,
  };
}

/** The domain's rule on the profile, and staff's override when there is one. */
export function toTouchModelAssessment(
  profile: TouchModelProfile,
  override: TouchModelOverrideRow | null,
  thresholds: TouchModelThresholds,
  locale: Locale,
): TouchModelAssessmentType {
  const derived = deriveTouchModel(profile, thresholds);
  return {
    touchModel: override?.touchModel ?? derived.touchModel,
    derived: derived.touchModel,
    reason: derived.reason[locale],
    unknownFields: derived.unknownFields,
    override: override && {
      touchModel: override.touchModel,
      reason: override.reason,
      setBy: override.setBy,
      setAt: override.setAt,
    },
  };
}

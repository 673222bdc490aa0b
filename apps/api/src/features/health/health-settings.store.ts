import {
  DEFAULT_HEALTH_SETTINGS,
  DEFAULT_TOUCH_MODEL_THRESHOLDS,
  type HealthSettings,
  type TouchModelThresholds,
} from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';

/** The score's settings and the touch-model thresholds, as stored (or the domain's defaults). */
export interface StoredHealthSettings {
  health: HealthSettings;
  touchModel: TouchModelThresholds;
  /** 0 while the defaults apply (no row yet); incremented by every update. */
  version: number;
  updatedAt: Date | null;
}

/** The settings row; the domain's defaults until an admin saves some. */
export async function loadHealthSettings(
  db: Queryable,
  options: { lock?: boolean } = {},
): Promise<StoredHealthSettings> {
  const [row]: {
    weights: HealthSettings['weights'];
    good_at_least: number;
    watch_at_least: number;
    touch_thresholds: TouchModelThresholds;
    version: number;
    updated_at: Date;
  }[] = await db.query(
    `SELECT weights, good_at_least, watch_at_least, touch_thresholds, version, updated_at
       FROM health_settings${options.lock ? ' FOR UPDATE' : ''}`,
  );
  if (!row)
    return {
      health: DEFAULT_HEALTH_SETTINGS,
      touchModel: DEFAULT_TOUCH_MODEL_THRESHOLDS,
      version: 0,
      updatedAt: null,
    };
  return {
    // A signal added after the row was saved starts at its default weight.
    health: {
      weights: { ...DEFAULT_HEALTH_SETTINGS.weights, ...row.weights },
      goodAtLeast: row.good_at_least,
      watchAtLeast: row.watch_at_least,
    },
    touchModel: { ...DEFAULT_TOUCH_MODEL_THRESHOLDS, ...row.touch_thresholds },
    version: row.version,
    updatedAt: row.updated_at,
  };
}

/** Write the settings as the next version (the caller checked the version it was given). */
export async function saveHealthSettings(
  db: Queryable,
  s: { health: HealthSettings; touchModel: TouchModelThresholds },
  version: number,
  by: string | null,
  at: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO health_settings (singleton, weights, good_at_least, watch_at_least, touch_thresholds,
                                  version, updated_by, updated_at)
     VALUES (true, $1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (singleton) DO UPDATE
        SET weights = EXCLUDED.weights, good_at_least = EXCLUDED.good_at_least,
            watch_at_least = EXCLUDED.watch_at_least, touch_thresholds = EXCLUDED.touch_thresholds,
            version = EXCLUDED.version, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at`,
    [
      JSON.stringify(s.health.weights),
      s.health.goodAtLeast,
      s.health.watchAtLeast,
      JSON.stringify(s.touchModel),
      version,
      by,
      at,
    ],
  );
}

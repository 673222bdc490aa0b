import type { DataSource } from 'typeorm';
import {
  userError,
  validateHealthSettings,
  validateTouchModelThresholds,
  type HealthSettings,
  type TouchModelThresholds,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { refused, type Outcome } from '../../graphql/outcome';
import { recordAudit } from '../audit/audit.service';
import {
  loadHealthSettings,
  saveHealthSettings,
  type StoredHealthSettings,
} from './health-settings.store';

// A constant key: updates of the settings run one at a time (the first one inserts the row).
const SETTINGS_LOCK = 0x4b5a4853; // 'KZHS'

export interface HealthSettingsChange {
  /** The version the admin edited (0: the defaults). */
  version: number;
  health: HealthSettings;
  touchModel: TouchModelThresholds;
}

/**
 * Replace the settings (ADMIN) after the domain's rules, refusing a stale version, audited with
 * the settings before and after. Every score computed with an older version is due from then on
 * (health-recompute.service.ts).
 */
export async function updateHealthSettings(
  dataSource: DataSource,
  who: { actor: Actor; requestId: string },
  change: HealthSettingsChange,
  now: Date,
): Promise<Outcome<StoredHealthSettings>> {
  const health = validateHealthSettings(change.health);
  const errors = [
    ...(health.ok ? [] : health.error),
    ...validateTouchModelThresholds(change.touchModel),
  ];
  if (errors.length > 0) return refused(...errors);
  return dataSource.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock($1)`, [SETTINGS_LOCK]);
    const before = await loadHealthSettings(m);
    if (before.version !== change.version) return refused(userError('STALE_VERSION', 'version'));
    await saveHealthSettings(
      m,
      change,
      before.version + 1,
      who.actor.kind === 'STAFF' ? who.actor.id : null,
      now,
    );
    await recordAudit(m, {
      actor: who.actor,
      requestId: who.requestId,
      action: 'healthSettings.updated',
      entityType: 'HealthSettings',
      // The settings have no id of their own: the nil UUID stands for them.
      entityId: '00000000-0000-0000-0000-000000000000',
      before: { health: before.health, touchModel: before.touchModel, version: before.version },
      after: { health: change.health, touchModel: change.touchModel, version: before.version + 1 },
    });
    return { ok: true as const, value: await loadHealthSettings(m) };
  });
}

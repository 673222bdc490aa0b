import type { DataSource } from 'typeorm';
import { userError, validateDailyUsage, type DailyUsage, type UserErrorData } from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { ensureUsagePartitions, upsertDailyUsage } from './daily-usage.store';

export interface RecordDailyUsageInput {
  /** Database id, or null when the given id was not a Customer's. */
  customerId: string | null;
  date: string;
  activeUsers: number;
  storageGb: number;
}

export type RecordOutcome =
  { ok: true; usage: DailyUsage; replaced: boolean } | { ok: false; errors: UserErrorData[] };

/**
 * Store one customer's usage of one Tokyo day; the same day sent again replaces it. An unknown
 * or erased customer (its data is no longer kept up to date) is NOT_FOUND; a day after today,
 * negative or absurd figures are refused with the domain's rules, all at once.
 */
export async function recordDailyUsage(
  dataSource: DataSource,
  actor: Actor,
  requestId: string,
  input: RecordDailyUsageInput,
  now: Date,
): Promise<RecordOutcome> {
  const errors: UserErrorData[] = [];
  const [customer]: { id: string }[] = input.customerId
    ? await dataSource.query(`SELECT id::text FROM customer WHERE id = $1 AND stage <> 'ERASED'`, [
        input.customerId,
      ])
    : [];
  if (!customer) errors.push(userError('NOT_FOUND', 'customerId'));
  const valid = validateDailyUsage(input, now);
  if (!valid.ok) errors.push(...valid.error);
  if (!customer || !valid.ok) return { ok: false, errors };

  const row = { customerId: customer.id, ...valid.value };
  await ensureUsagePartitions(dataSource, [row]);
  return dataSource.transaction(async (m) => {
    const [before]: { active_users: number; storage_gb: string }[] = await m.query(
      `SELECT active_users, storage_gb FROM daily_usage WHERE customer_id = $1 AND usage_date = $2`,
      [row.customerId, row.date],
    );
    await upsertDailyUsage(m, [row]);
    // Usage figures are about the customer's use of the service, not about a person.
    await recordAudit(m, {
      actor,
      requestId,
      action: 'usage.recorded',
      entityType: 'Customer',
      entityId: row.customerId,
      before: before
        ? { date: row.date, activeUsers: before.active_users, storageGb: Number(before.storage_gb) }
        : null,
      after: { date: row.date, activeUsers: row.activeUsers, storageGb: row.storageGb },
    });
    return { ok: true as const, usage: valid.value, replaced: !!before };
  });
}

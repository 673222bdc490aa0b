import type { DataSource } from 'typeorm';
import { validateSlaCreditTiers, type SlaCreditTier, type UserErrorData } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';

/** The credit table, the target step first, then by threshold from the highest. */
export async function loadCreditTiers(db: Queryable): Promise<SlaCreditTier[]> {
  return db.query(
    `SELECT below_percent::float8 AS "belowPercent", credit_percent AS "creditPercent"
       FROM sla_credit_tier ORDER BY below_percent DESC NULLS FIRST`,
  );
}

// A constant key: replacements of the table run one at a time.
const TIERS_LOCK = 0x4b5a534c; // 'KZSL'

/**
 * Replace the whole credit table (catalog data, ADMIN) after the domain's rules, audited with
 * the table before and after. Requests already raised keep the amounts they were raised with.
 */
export async function replaceCreditTiers(
  dataSource: DataSource,
  who: { actor: Actor; requestId: string },
  tiers: readonly SlaCreditTier[],
): Promise<{ ok: true; tiers: SlaCreditTier[] } | { ok: false; errors: UserErrorData[] }> {
  const errors = validateSlaCreditTiers(tiers);
  if (errors.length > 0) return { ok: false, errors };
  return dataSource.transaction(async (m) => {
    await m.query(`SELECT pg_advisory_xact_lock($1)`, [TIERS_LOCK]);
    const before = await loadCreditTiers(m);
    await m.query(`DELETE FROM sla_credit_tier`);
    await m.query(
      `INSERT INTO sla_credit_tier (below_percent, credit_percent)
       SELECT * FROM unnest($1::numeric[], $2::int[])`,
      [tiers.map((t) => t.belowPercent), tiers.map((t) => t.creditPercent)],
    );
    const after = await loadCreditTiers(m);
    await recordAudit(m, {
      actor: who.actor,
      requestId: who.requestId,
      action: 'slaCreditTiers.replaced',
      entityType: 'SlaCreditTiers',
      // The table as a whole has no id of its own: the nil UUID stands for it.
      entityId: '00000000-0000-0000-0000-000000000000',
      before: { tiers: before },
      after: { tiers: after },
    });
    return { ok: true as const, tiers: after };
  });
}

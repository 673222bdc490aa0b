import type { DataSource, EntityManager } from 'typeorm';
import { isoDateJst, type Clock } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import { recordAudit } from '../audit/audit.service';
import { recordPriceChange } from '../revenue/fee-history';

/** A plan's or an option's price rows, by their catalog table. */
export type PricedItem = { table: 'plan'; id: string } | { table: 'catalog_option'; id: string };

const column = (item: PricedItem) => (item.table === 'plan' ? 'plan_id' : 'option_id');

/** At most this many items per pass (each its own transaction), like the other due work. */
const MAX_ITEMS_PER_PASS = 500;

export interface CatalogPriceRow {
  itemId: string;
  monthlyFeeYen: number;
  validFrom: string;
  appliedAt: Date | null;
  createdAt: Date;
}

/** The price rows of these plans or options, by date (one statement). */
export async function pricesOf(
  db: Queryable,
  table: PricedItem['table'],
  ids: readonly string[],
): Promise<CatalogPriceRow[]> {
  const col = table === 'plan' ? 'plan_id' : 'option_id';
  return db.query(
    `SELECT ${col}::text AS "itemId", monthly_fee_yen AS "monthlyFeeYen", valid_from::text AS "validFrom",
            applied_at AS "appliedAt", created_at AS "createdAt"
       FROM catalog_price WHERE ${col} = ANY($1::uuid[]) ORDER BY valid_from`,
    [ids],
  );
}

/**
 * Make the latest price of `item` due on `today` its current monthly_fee_yen, and mark its due
 * prices applied. Locks the item first, and never lets an older price replace a newer one that
 * is already applied. Returns how many price rows it applied.
 */
export async function applyPricesOf(
  m: EntityManager,
  item: PricedItem,
  today: string,
  requestId: string | null,
): Promise<number> {
  const [current]: { fee: number }[] = await m.query(
    `SELECT monthly_fee_yen AS fee FROM ${item.table} WHERE id = $1 FOR UPDATE`,
    [item.id],
  );
  const applied: { fee: number; validFrom: string }[] = await m.query(
    // Rows another worker holds are left to it (it applies them after this commits): waiting
    // for them here while it waits for the item would deadlock.
    // (In a SELECT: TypeORM returns [rows, count] for a bare UPDATE … RETURNING.)
    `WITH applied AS (
       UPDATE catalog_price SET applied_at = now()
        WHERE id IN (SELECT id FROM catalog_price
                      WHERE ${column(item)} = $1 AND applied_at IS NULL AND valid_from <= $2::date
                      FOR UPDATE SKIP LOCKED)
        RETURNING monthly_fee_yen AS fee, valid_from::text AS "validFrom")
     SELECT * FROM applied`,
    [item.id, today],
  );
  if (!current || applied.length === 0) return 0;
  const latest = applied.reduce((a, b) => (b.validFrom > a.validFrom ? b : a));
  // An already applied later price (validFrom ≤ today) still wins over these older ones.
  const [newer]: unknown[] = await m.query(
    `SELECT 1 FROM catalog_price
      WHERE ${column(item)} = $1 AND applied_at IS NOT NULL AND valid_from > $2::date AND valid_from <= $3::date
      LIMIT 1`,
    [item.id, latest.validFrom, today],
  );
  if (!newer && latest.fee !== current.fee) {
    await m.query(`UPDATE ${item.table} SET monthly_fee_yen = $2 WHERE id = $1`, [
      item.id,
      latest.fee,
    ]);
    // Existing contracts pay the catalog's price: their fee history moves on the price's date.
    await recordPriceChange(m, item, latest.validFrom);
  }
  await recordAudit(m, {
    actor: null,
    requestId,
    action: 'catalogPrice.applied',
    entityType: item.table === 'plan' ? 'Plan' : 'Option',
    entityId: item.id,
    before: { monthlyFeeYen: current.fee },
    after: { monthlyFeeYen: newer ? current.fee : latest.fee, validFrom: latest.validFrom },
  });
  return applied.length;
}

/**
 * Apply every price whose date has come (00:00 Asia/Tokyo of validFrom, by `clock`): called by
 * the contract-time worker. Each item is one transaction claimed with FOR UPDATE SKIP LOCKED,
 * so replicas share the work; the catalog's NOTIFY triggers then refresh every replica's copy.
 * Returns the number of price rows applied.
 */
export async function applyDuePrices(dataSource: DataSource, clock: Clock): Promise<number> {
  let count = 0;
  for (let i = 0; i < MAX_ITEMS_PER_PASS; i++) {
    const applied = await dataSource.transaction(async (m) => {
      const today = isoDateJst(clock.now());
      const [due]: { planId: string | null; optionId: string | null }[] = await m.query(
        `SELECT plan_id AS "planId", option_id AS "optionId" FROM catalog_price
          WHERE applied_at IS NULL AND valid_from <= $1::date
          ORDER BY valid_from, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [today],
      );
      if (!due) return null;
      const item: PricedItem = due.planId
        ? { table: 'plan', id: due.planId }
        : { table: 'catalog_option', id: due.optionId! };
      return applyPricesOf(m, item, today, null);
    });
    if (applied === null) break;
    count += applied;
  }
  return count;
}

import type { DataSource, EntityManager } from 'typeorm';
import {
  isPriceDue,
  isoDateJst,
  userError,
  validateOptionDraft,
  validateOptionUpdate,
  validatePlanDraft,
  validatePlanUpdate,
  validatePriceSchedule,
  type Clock,
  type OptionDraft,
  type OptionUpdate,
  type PlanDraft,
  type PlanUpdate,
  type AuditAction,
} from '@kizuna/domain';
import { refused, type Outcome } from '../../graphql/outcome';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { applyPricesOf, type PricedItem } from './catalog-price';
import { OPTION_COLUMNS, PLAN_COLUMNS, type OptionModel, type PlanModel } from './catalog.model';

interface Who {
  actor: Actor;
  requestId: string;
}

const readPlan = async (m: EntityManager, id: string): Promise<PlanModel> =>
  ((await m.query(`SELECT ${PLAN_COLUMNS} FROM plan WHERE id = $1`, [id])) as PlanModel[])[0]!;
const readOption = async (m: EntityManager, id: string): Promise<OptionModel> =>
  (
    (await m.query(`SELECT ${OPTION_COLUMNS} FROM catalog_option o WHERE o.id = $1`, [
      id,
    ])) as OptionModel[]
  )[0]!;

/** A new plan (catalog:write), audited; DUPLICATE for a code in use. */
export function createPlan(
  dataSource: DataSource,
  who: Who,
  d: PlanDraft,
): Promise<Outcome<PlanModel>> {
  const errors = validatePlanDraft(d);
  if (errors.length > 0) return Promise.resolve(refused(...errors));
  return dataSource.transaction(async (m) => {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO plan (code, name_ja, name_en, monthly_fee_yen, sla_target_percent, sort_order, limits)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [
        d.code,
        d.nameJa.trim(),
        d.nameEn.trim(),
        d.monthlyFeeYen,
        d.slaTargetPercent,
        d.sortOrder ?? 0,
        d.limits ?? {},
      ],
    );
    if (!row) return refused(userError('DUPLICATE', 'code', { value: d.code }));
    const plan = await readPlan(m, row.id);
    await audit(m, who, 'plan.created', 'Plan', plan.id, null, plan);
    return { ok: true, value: plan };
  });
}

/** Change a plan's names, SLA, order or availability; the fee changes by schedulePrice. */
export function updatePlan(
  dataSource: DataSource,
  who: Who,
  id: string | null,
  u: PlanUpdate & { active?: boolean | null },
): Promise<Outcome<PlanModel>> {
  const errors = validatePlanUpdate(u);
  if (errors.length > 0) return Promise.resolve(refused(...errors));
  return dataSource.transaction(async (m) => {
    const [before]: PlanModel[] = id
      ? await m.query(`SELECT ${PLAN_COLUMNS} FROM plan WHERE id = $1 FOR UPDATE`, [id])
      : [];
    if (!before) return refused(userError('NOT_FOUND', 'planId'));
    await m.query(
      `UPDATE plan SET name_ja = coalesce($2, name_ja), name_en = coalesce($3, name_en),
              sla_target_percent = coalesce($4, sla_target_percent), sort_order = coalesce($5, sort_order),
              active = coalesce($6, active)
        WHERE id = $1`,
      [
        before.id,
        u.nameJa?.trim() ?? null,
        u.nameEn?.trim() ?? null,
        u.slaTargetPercent ?? null,
        u.sortOrder ?? null,
        u.active ?? null,
      ],
    );
    const plan = await readPlan(m, before.id);
    await audit(m, who, 'plan.updated', 'Plan', plan.id, before, plan);
    return { ok: true, value: plan };
  });
}

/** A new option (catalog:write), audited; DUPLICATE for a code in use. */
export function createOption(
  dataSource: DataSource,
  who: Who,
  d: OptionDraft,
): Promise<Outcome<OptionModel>> {
  const errors = validateOptionDraft(d);
  if (errors.length > 0) return Promise.resolve(refused(...errors));
  return dataSource.transaction(async (m) => {
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO catalog_option (code, name_ja, name_en, monthly_fee_yen, kind, factor_category, option_group, sort_order)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (code) DO NOTHING RETURNING id`,
      [
        d.code,
        d.nameJa.trim(),
        d.nameEn.trim(),
        d.monthlyFeeYen,
        d.kind,
        d.factorCategory ?? null,
        d.optionGroup || null,
        d.sortOrder ?? 0,
      ],
    );
    if (!row) return refused(userError('DUPLICATE', 'code', { value: d.code }));
    const option = await readOption(m, row.id);
    await audit(m, who, 'option.created', 'Option', option.id, null, option);
    return { ok: true, value: option };
  });
}

/** Change an option's names, group, order or availability; undefined fields are kept. */
export function updateOption(
  dataSource: DataSource,
  who: Who,
  id: string | null,
  u: OptionUpdate & { active?: boolean | null },
): Promise<Outcome<OptionModel>> {
  const errors = validateOptionUpdate(u);
  if (errors.length > 0) return Promise.resolve(refused(...errors));
  return dataSource.transaction(async (m) => {
    const [before]: OptionModel[] = id
      ? await m.query(`SELECT ${OPTION_COLUMNS} FROM catalog_option o WHERE o.id = $1 FOR UPDATE`, [
          id,
        ])
      : [];
    if (!before) return refused(userError('NOT_FOUND', 'optionId'));
    // optionGroup: undefined keeps it; null or '' removes it.
    const group = u.optionGroup === undefined ? before.optionGroup : u.optionGroup || null;
    await m.query(
      `UPDATE catalog_option SET name_ja = coalesce($2, name_ja), name_en = coalesce($3, name_en),
              option_group = $4, sort_order = coalesce($5, sort_order), active = coalesce($6, active)
        WHERE id = $1`,
      [
        before.id,
        u.nameJa?.trim() ?? null,
        u.nameEn?.trim() ?? null,
        group,
        u.sortOrder ?? null,
        u.active ?? null,
      ],
    );
    const option = await readOption(m, before.id);
    await audit(m, who, 'option.updated', 'Option', option.id, before, option);
    return { ok: true, value: option };
  });
}

/**
 * Schedule a monthly fee from a date (today or later, Asia/Tokyo). Dated today, it becomes the
 * current fee in this transaction; later, the contract-time worker applies it at 00:00 JST of
 * its date (applyDuePrices). DUPLICATE for a second price of the same item and date.
 */
export function schedulePrice(
  dataSource: DataSource,
  who: Who,
  item: PricedItem | null,
  s: { monthlyFeeYen: number; validFrom: string },
  clock: Clock,
): Promise<Outcome<PricedItem>> {
  const now = clock.now();
  const valid = validatePriceSchedule(s, now);
  const target = item ? [] : [userError('REQUIRED', 'planId')];
  if (!valid.ok || !item)
    return Promise.resolve(refused(...target, ...(valid.ok ? [] : valid.error)));
  const { monthlyFeeYen, validFrom } = valid.value;
  return dataSource.transaction(async (m) => {
    const field = item.table === 'plan' ? 'planId' : 'optionId';
    const [exists]: unknown[] = await m.query(
      `SELECT 1 FROM ${item.table} WHERE id = $1 FOR UPDATE`,
      [item.id],
    );
    if (!exists) return refused(userError('NOT_FOUND', field));
    const col = item.table === 'plan' ? 'plan_id' : 'option_id';
    const [row]: { id: string }[] = await m.query(
      `INSERT INTO catalog_price (${col}, monthly_fee_yen, valid_from, created_by)
       VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
      [item.id, monthlyFeeYen, validFrom, who.actor.kind === 'STAFF' ? who.actor.id : null],
    );
    if (!row) return refused(userError('DUPLICATE', 'validFrom', { value: validFrom }));
    await audit(
      m,
      who,
      'catalogPrice.scheduled',
      item.table === 'plan' ? 'Plan' : 'Option',
      item.id,
      null,
      {
        priceId: row.id,
        monthlyFeeYen,
        validFrom,
      },
    );
    if (isPriceDue(validFrom, now)) await applyPricesOf(m, item, isoDateJst(now), who.requestId);
    return { ok: true, value: item };
  });
}

function audit(
  m: EntityManager,
  who: Who,
  action: AuditAction,
  entityType: string,
  entityId: string,
  before: unknown,
  after: unknown,
) {
  return recordAudit(m, {
    actor: who.actor,
    requestId: who.requestId,
    action,
    entityType,
    entityId,
    before,
    after,
  });
}

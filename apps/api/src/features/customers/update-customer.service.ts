import type { DataSource, EntityManager } from 'typeorm';
import {
  changeCompanyProfile,
  err,
  ok,
  userError,
  type Clock,
  type CompanyProfile,
  type CompanyProfileChange,
  type CompanyProfileField,
  type LifecycleStage,
  type Result,
  type UserErrorData,
} from '@kizuna/domain';
import type { Actor } from '../../graphql/context';
import { toGlobalId } from '../../graphql/relay';
import { recordAudit } from '../audit/audit.service';
import { enqueueOutbox } from '../outbox/outbox.service';

const UNIQUE_VIOLATION = '23505';

type LockedCustomer = CompanyProfile & { stage: LifecycleStage; version: number };

/** The company record, locked until the transaction ends. */
async function lockCompany(m: EntityManager, customerId: string): Promise<LockedCustomer | null> {
  const [row]: LockedCustomer[] = await m.query(
    `SELECT stage, version, name, name_kana AS "nameKana", corporate_number AS "corporateNumber",
            annual_revenue_yen::float8 AS "annualRevenueYen", current_ratio::float8 AS "currentRatio",
            employee_count AS "employeeCount", industry, engagement
       FROM customer WHERE id = $1 FOR UPDATE`,
    [customerId],
  );
  return row ?? null;
}

const pick = (profile: CompanyProfile, fields: readonly CompanyProfileField[]) =>
  Object.fromEntries(fields.map((f) => [f, profile[f]]));

/**
 * Change a company's record at the version the caller read: validated by the domain's rules,
 * refused for an erased customer. A change that changes nothing writes nothing. The audit trail
 * keeps the changed fields before and after (company data only: the record holds no personal
 * data); integrators get `customer.updated` with the names of the fields, never the values.
 */
export async function updateCustomer(
  dataSource: DataSource,
  actor: Actor,
  requestId: string,
  clock: Clock,
  input: { customerId: string | null; version: number; change: CompanyProfileChange },
): Promise<Result<string, UserErrorData[]>> {
  const { customerId } = input;
  if (!customerId) return err([userError('NOT_FOUND', 'customerId')]);
  try {
    return await dataSource.transaction(async (m) => {
      const current = await lockCompany(m, customerId);
      if (!current) return err([userError('NOT_FOUND', 'customerId')]);
      if (current.stage === 'ERASED') return err([userError('CUSTOMER_ERASED', 'customerId')]);
      if (current.version !== input.version) return err([userError('STALE_VERSION', 'version')]);
      const changed = changeCompanyProfile(current, input.change);
      if (!changed.ok) return changed;
      const { profile, changedFields } = changed.value;
      if (changedFields.length === 0) return ok(customerId);
      const now = clock.now();
      await m.query(
        `UPDATE customer SET name = $2, name_kana = $3, corporate_number = $4, annual_revenue_yen = $5,
                current_ratio = $6, employee_count = $7, industry = $8, engagement = $9,
                version = version + 1, updated_at = now()
          WHERE id = $1`,
        [
          customerId,
          profile.name,
          profile.nameKana,
          profile.corporateNumber,
          profile.annualRevenueYen,
          profile.currentRatio,
          profile.employeeCount,
          profile.industry,
          profile.engagement,
        ],
      );
      await enqueueOutbox(m, {
        type: 'customer.updated',
        aggregateType: 'Customer',
        aggregateId: customerId,
        occurredAt: now,
        payload: {
          customerId: toGlobalId('Customer', customerId),
          version: current.version + 1,
          changedFields,
        },
      });
      await recordAudit(m, {
        actor,
        requestId,
        action: 'customer.updated',
        entityType: 'Customer',
        entityId: customerId,
        before: { ...pick(current, changedFields), version: current.version },
        after: { ...pick(profile, changedFields), version: current.version + 1, changedFields },
      });
      return ok(customerId);
    });
  } catch (e) {
    // Another company already has this corporate number (a unique index).
    if ((e as { code?: string }).code === UNIQUE_VIOLATION)
      return err([userError('DUPLICATE', 'corporateNumber')]);
    throw e;
  }
}

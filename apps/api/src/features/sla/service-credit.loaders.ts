import DataLoader from 'dataloader';
import type { GraphQLContext } from '../../graphql/context';
import { toTaxedAmountType } from '../../graphql/money.type';
import { toGlobalId } from '../../graphql/relay';
import { groupBy } from '../../shared/group-by';
import type { ServiceCreditProposalType, ServiceCreditType } from './sla.type';

interface SlaLoaders {
  creditsByCustomer: DataLoader<string, ServiceCreditType[]>;
  proposalByRequest: DataLoader<string, ServiceCreditProposalType | null>;
}

// Kept beside the request's other loaders (one set per request).
const loaders = new WeakMap<object, SlaLoaders>();

type AmountRow = { excl: number; tax: number; incl: number };
const amount = (r: AmountRow) =>
  toTaxedAmountType({ excludingTax: r.excl, tax: r.tax, includingTax: r.incl });

/**
 * Service credits per customer (newest month first) and the credit a SERVICE_CREDIT request
 * proposes, batched: a page of customers or requests costs one statement.
 */
export function slaLoaders(ctx: GraphQLContext): SlaLoaders {
  let set = loaders.get(ctx.loaders);
  if (set) return set;
  set = {
    creditsByCustomer: new DataLoader(async (ids: readonly string[]) => {
      const rows: (AmountRow & {
        customer_id: string;
        month: string;
        plan_code: string;
        credit_percent: number;
        applied_at: Date;
        request_id: string;
      })[] = await ctx.dataSource.query(
        `SELECT customer_id, to_char(month, 'YYYY-MM') AS month, plan_code, credit_percent, applied_at, request_id,
                credit_excl_tax AS excl, credit_tax AS tax, credit_incl_tax AS incl
           FROM service_credit WHERE customer_id = ANY($1::uuid[])
          ORDER BY customer_id, month DESC, applied_at DESC`,
        [ids],
      );
      const byCustomer = groupBy(rows, (r) => r.customer_id);
      return ids.map((id) =>
        (byCustomer.get(id) ?? []).map((r) => ({
          month: r.month,
          planCode: r.plan_code,
          creditPercent: r.credit_percent,
          credit: amount(r),
          appliedAt: r.applied_at,
          provisioningRequestId: toGlobalId('ProvisioningRequest', r.request_id),
        })),
      );
    }),
    proposalByRequest: new DataLoader(async (ids: readonly string[]) => {
      const rows: (AmountRow & Omit<ServiceCreditProposalType, 'credit'> & { id: string })[] =
        await ctx.dataSource.query(
          `SELECT request_id AS id, to_char(month, 'YYYY-MM') AS month, plan_code AS "planCode",
                  measured_percent::float8 AS "measuredPercent", target_percent::float8 AS "targetPercent",
                  credit_percent AS "creditPercent", service_days AS "serviceDays", days_in_month AS "daysInMonth",
                  fee_excl_tax AS "feeExcludingTax", credit_excl_tax AS excl, credit_tax AS tax, credit_incl_tax AS incl
             FROM service_credit_proposal WHERE request_id = ANY($1::uuid[])`,
          [ids],
        );
      return ids.map((id) => {
        const r = rows.find((row) => row.id === id);
        if (!r) return null;
        return {
          month: r.month,
          planCode: r.planCode,
          measuredPercent: r.measuredPercent,
          targetPercent: r.targetPercent,
          creditPercent: r.creditPercent,
          serviceDays: r.serviceDays,
          daysInMonth: r.daysInMonth,
          feeExcludingTax: r.feeExcludingTax,
          credit: amount(r),
        };
      });
    }),
  };
  loaders.set(ctx.loaders, set);
  return set;
}

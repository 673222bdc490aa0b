import type { NearMissCause, NearMissErredSide, NearMissStatus } from '@kizuna/domain';
import { toGlobalId } from '../../graphql/relay';
import type { NearMissModel } from './near-miss.model';
import { NearMissSource, NearMissType, type CheckedValuesType } from './near-miss.type';

const text = (v: unknown) => (typeof v === 'string' ? v : null);

function checkedValues(v: Record<string, unknown> | null): CheckedValuesType | null {
  if (!v) return null;
  return {
    planCode: text(v.planCode),
    optionCodes: Array.isArray(v.optionCodes) ? v.optionCodes.map(String) : null,
    effectiveDate: text(v.effectiveDate),
    trialEndsOn: text(v.trialEndsOn),
    contractTerm: text(v.contractTerm),
  };
}

export function toNearMissType(n: NearMissModel): NearMissType {
  return Object.assign(new NearMissType(), {
    id: toGlobalId('NearMiss', n.id),
    dbId: n.id,
    customerDbId: n.customerId,
    requestDbId: n.requestId,
    reportedById: n.reportedBy,
    kind: n.kind,
    status: n.status as NearMissStatus,
    source: n.source === 'AUTOMATIC' ? NearMissSource.AUTOMATIC : NearMissSource.MANUAL,
    requestKind: n.requestKind,
    fields: n.fields,
    description: n.description,
    causeCategory: n.causeCategory as NearMissCause | null,
    countermeasure: n.countermeasure,
    makerValues: checkedValues(n.makerValues),
    checkerValues: checkedValues(n.checkerValues),
    erredSide: n.erredSide as NearMissErredSide | null,
    occurredAt: n.occurredAt,
    updatedAt: n.updatedAt,
  });
}

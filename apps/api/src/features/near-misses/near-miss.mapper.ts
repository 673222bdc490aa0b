import type { NearMissCause, NearMissStatus } from '@kizuna/domain';
import { toGlobalId } from '../../graphql/relay';
import type { NearMissModel } from './near-miss.model';
import { NearMissSource, NearMissType } from './near-miss.type';

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
    occurredAt: n.occurredAt,
    updatedAt: n.updatedAt,
  });
}

import type { HealthBand } from '@kizuna/domain';
import type { Conditions } from '../../db/keyset-page';
import type { SegmentNpsBand } from './health.type';
import type { CustomerSegmentFilter } from './health-filter.inputs';

/**
 * The customer list's health conditions: stored band among `healthBands`, and one cell of the
 * 9-cell map (NO_NPS: the company has no NPS). Both read customer_health (see HealthScore for
 * freshness).
 */
export function addHealthConditions(
  c: Conditions,
  filter: { healthBands?: HealthBand[] | null; segment?: CustomerSegmentFilter | null },
): void {
  if (filter.healthBands?.length)
    c.add(
      (p) =>
        `EXISTS (SELECT 1 FROM customer_health h WHERE h.customer_id = c.id AND h.band = ANY(${p}::text[]))`,
      filter.healthBands,
    );
  if (filter.segment) {
    const band: SegmentNpsBand = filter.segment.npsBand;
    const params = c.params;
    params.push(filter.segment.stage);
    const stage = `$${params.length}`;
    params.push(band === 'NO_NPS' ? null : band);
    const nps = `$${params.length}`;
    c.raw(
      `EXISTS (SELECT 1 FROM customer_health h WHERE h.customer_id = c.id
                  AND h.segment_stage = ${stage} AND h.nps_band IS NOT DISTINCT FROM ${nps}::text)`,
    );
  }
}

/**
 * Order by stored score, lowest (most at risk) first by default; customers without a score sort
 * after every score ascending (as 100.1). Tenths of a point as bigint, so that the keyset cursor
 * carries an exact key.
 */
export const HEALTH_SCORE_ORDER = {
  sortColumn: `coalesce((SELECT (h.score * 10)::bigint FROM customer_health h WHERE h.customer_id = c.id), 1001)`,
  sortType: 'bigint' as const,
};

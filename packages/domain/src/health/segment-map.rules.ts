import type { LifecycleStage } from '../lifecycle/lifecycle.rules.js';
import { NPS_CATEGORIES, type NpsCategory } from '../surveys/nps.rules.js';

type Text = { ja: string; en: string };

/** The rows of the 9-cell map: in trial, under contract, and under contract renewing soon. */
export const SEGMENT_STAGES = ['TRIAL', 'ACTIVE', 'RENEWAL'] as const;
export type SegmentStage = (typeof SEGMENT_STAGES)[number];

export const SEGMENT_STAGE_LABELS: Record<SegmentStage, Text> = {
  TRIAL: { ja: 'トライアル', en: 'Trial' },
  ACTIVE: { ja: '契約中', en: 'Active' },
  RENEWAL: { ja: '更新間近', en: 'At renewal' },
};

/** An ACTIVE contract renewing within this many days sits in the RENEWAL row. */
export const RENEWAL_WINDOW_DAYS = 90;

/** The map's row of a customer; null for leads and former customers (not on the map). */
export function segmentStage(c: {
  stage: LifecycleStage;
  daysToRenewal: number | null;
}): SegmentStage | null {
  if (c.stage === 'TRIAL') return 'TRIAL';
  if (c.stage !== 'ACTIVE') return null;
  return c.daysToRenewal !== null && c.daysToRenewal <= RENEWAL_WINDOW_DAYS ? 'RENEWAL' : 'ACTIVE';
}

/**
 * A company's NPS (−100…100, from its respondents) read as one of the three answer categories:
 * PROMOTER from +30 (more promoters than detractors by a clear margin), DETRACTOR below 0 (more
 * detractors than promoters), PASSIVE between. One respondent's company takes that answer's
 * category (+100, 0 or −100).
 */
export const COMPANY_NPS_BANDS = { promoterAtLeast: 30, detractorBelow: 0 } as const;

/** The company's NPS band; null without NPS answers. */
export function companyNpsBand(nps: number | null): NpsCategory | null {
  if (nps === null) return null;
  if (nps >= COMPANY_NPS_BANDS.promoterAtLeast) return 'PROMOTER';
  return nps < COMPANY_NPS_BANDS.detractorBelow ? 'DETRACTOR' : 'PASSIVE';
}

/** Where a customer sits: a row and an NPS band (null: the company has no NPS yet). */
export interface SegmentCell {
  stage: SegmentStage;
  npsBand: NpsCategory | null;
}

export interface SegmentCellCount extends SegmentCell {
  customers: number;
  /** Customers in the cell now that were elsewhere (or nowhere) at the end of last month. */
  movedIn: number;
  /** Customers in the cell at the end of last month that are elsewhere (or nowhere) now. */
  movedOut: number;
}

/** How many customers went from one place to another (null: not on the map). */
export interface SegmentTransition {
  previous: SegmentCell | null;
  current: SegmentCell | null;
  customers: number;
}

const sameCell = (a: SegmentCell | null, b: SegmentCell | null) =>
  a !== null && b !== null && a.stage === b.stage && a.npsBand === b.npsBand;

/**
 * The map: for each row, the three NPS bands and then the customers without NPS (npsBand null),
 * 12 cells in all, with the moves since last month's snapshot.
 */
export function segmentMap(transitions: readonly SegmentTransition[]): SegmentCellCount[] {
  const bands = [...NPS_CATEGORIES, null];
  const cells: SegmentCellCount[] = SEGMENT_STAGES.flatMap((stage) =>
    bands.map((npsBand) => ({ stage, npsBand, customers: 0, movedIn: 0, movedOut: 0 })),
  );
  const cellOf = (c: SegmentCell) => cells.find((x) => sameCell(x, c))!;
  for (const t of transitions) {
    if (t.current) cellOf(t.current).customers += t.customers;
    if (sameCell(t.previous, t.current)) continue;
    if (t.current) cellOf(t.current).movedIn += t.customers;
    if (t.previous) cellOf(t.previous).movedOut += t.customers;
  }
  return cells;
}

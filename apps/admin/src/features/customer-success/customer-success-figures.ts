import { SEGMENT_STAGES, type SegmentStage } from '@kizuna/domain';
import type { SegmentMapFragment, SegmentNpsBand } from '../../gql/graphql';

/** The map's columns, left to right: the NPS bands, then the customers without NPS. */
export const SEGMENT_COLUMNS: readonly SegmentNpsBand[] = [
  'PROMOTER',
  'PASSIVE',
  'DETRACTOR',
  'NO_NPS',
];

type Cell = SegmentMapFragment['cells'][number];

/** The map as rows (TRIAL, ACTIVE, RENEWAL) of cells in column order; a cell not sent counts 0. */
export function segmentRows(cells: readonly Cell[]): { stage: SegmentStage; cells: Cell[] }[] {
  return SEGMENT_STAGES.map((stage) => ({
    stage,
    cells: SEGMENT_COLUMNS.map(
      (npsBand) =>
        cells.find((c) => c.stage === stage && c.npsBand === npsBand) ?? {
          stage,
          npsBand,
          customers: 0,
          movedIn: 0,
          movedOut: 0,
        },
    ),
  }));
}

interface Component {
  label: string;
  value: number | null;
  missing: boolean;
}

/** The signal that pulls a score down most: the lowest value among those not missing (first on ties). */
export function lowestComponent<C extends Component>(components: readonly C[]): C | null {
  let lowest: C | null = null;
  for (const c of components)
    if (!c.missing && c.value !== null && (lowest === null || c.value < lowest.value!)) lowest = c;
  return lowest;
}

/** Whole-number percentage of `part` in `total`; 0 when there is no total. */
export const sharePercent = (part: number, total: number): number =>
  total === 0 ? 0 : Math.round((part / total) * 100);

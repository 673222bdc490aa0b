import { LIFECYCLE_STAGE_LABELS, LIFECYCLE_STAGES, type LifecycleStage } from '@kizuna/domain';
import { useTranslation } from 'react-i18next';
import type { ReportGroupBy } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { formatMonthKey } from './survey-figures';
import { usePlanCatalog } from './use-plan-catalog';

const isStage = (key: string): key is LifecycleStage =>
  (LIFECYCLE_STAGES as readonly string[]).includes(key);

/**
 * Group keys for people: plan and stage names (plans in catalog order, stages in lifecycle
 * order), months as YYYY/MM, others (FY2025-Q1) as the API gives them, in its order.
 */
export function useGroupKeys(groupBy: ReportGroupBy) {
  const { i18n } = useTranslation();
  const plans = usePlanCatalog();
  const label = (key: string): string => {
    if (groupBy === 'PLAN') return plans.name(key);
    if (groupBy === 'STAGE' && isStage(key))
      return pick(LIFECYCLE_STAGE_LABELS[key], i18n.language);
    if (groupBy === 'MONTH') return formatMonthKey(key);
    return key;
  };
  const rank = (key: string): number =>
    groupBy === 'PLAN'
      ? plans.rank(key)
      : groupBy === 'STAGE'
        ? (LIFECYCLE_STAGES as readonly string[]).indexOf(key)
        : 0;
  const sort = <T extends { key: string }>(groups: readonly T[]): T[] =>
    [...groups].sort((a, b) => rank(a.key) - rank(b.key));
  return { label, sort };
}

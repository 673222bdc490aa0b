import { useQuery } from '@apollo/client/react';
import { NO_PLAN_KEY, planGroupLabel } from '@kizuna/domain';
import { useTranslation } from 'react-i18next';
import { SurveyFilterPlansDocument } from '../../../gql/graphql';

/**
 * Plan codes (what survey answers and reports record) as names — プランなし / No plan for the
 * no-plan group — and in catalog order (cheapest first, no plan last).
 */
export function usePlanCatalog(): {
  name: (code: string) => string;
  rank: (code: string) => number;
} {
  const { i18n } = useTranslation();
  // The same query as the plan filter: answered from the cache.
  const { data } = useQuery(SurveyFilterPlansDocument);
  const plans = data?.plans ?? [];
  const ranks = new Map(plans.map((p, i) => [p.code, i]));
  return {
    name: (code) => planGroupLabel(code, plans, i18n.language),
    rank: (code) => ranks.get(code) ?? plans.length + (code === NO_PLAN_KEY ? 1 : 0),
  };
}

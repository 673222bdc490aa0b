import { useQuery } from '@apollo/client/react';
import { SurveyFilterPlansDocument } from '../../../gql/graphql';

/** Plan codes (what survey answers record) as names, and in catalog order (cheapest first). */
export function usePlanCatalog(): {
  name: (code: string) => string;
  rank: (code: string) => number;
} {
  // The same query as the plan filter: answered from the cache.
  const { data } = useQuery(SurveyFilterPlansDocument);
  const plans = data?.plans ?? [];
  const names = new Map(plans.map((p) => [p.code, p.name]));
  const ranks = new Map(plans.map((p, i) => [p.code, i]));
  return {
    name: (code) => names.get(code) ?? code,
    rank: (code) => ranks.get(code) ?? plans.length,
  };
}

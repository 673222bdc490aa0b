import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { UsagePlanTrendDocument, type UsageGroupRowFragment } from '../../gql/graphql';

interface Loaded {
  /** What was asked, so that an answer to an earlier filter is never shown as the current one. */
  key: string;
  months?: Map<string, readonly UsageGroupRowFragment[]>;
  error?: unknown;
}

/**
 * Each plan's customers month by month: the report groups by one key at a time, so one MONTH
 * report per plan (filtered to it), asked side by side through the Apollo cache.
 */
export function usePlanTrends(
  planCodes: readonly string[],
  period: { from: string | null; to: string | null },
): {
  months: Map<string, readonly UsageGroupRowFragment[]> | undefined;
  loading: boolean;
  error: unknown;
  retry: () => void;
} {
  const client = useApolloClient();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const codes = planCodes.join(',');
  const { from, to } = period;
  const key = JSON.stringify([codes, from, to, attempt]);

  useEffect(() => {
    let current = true;
    const filter = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    const plans = codes ? codes.split(',') : [];
    Promise.all(
      plans.map(async (code) => {
        const { data } = await client.query({
          query: UsagePlanTrendDocument,
          variables: { filter: { ...filter, planCodes: [code] } },
        });
        return [code, data?.usageReport.groups ?? []] as const;
      }),
    ).then(
      (entries) => current && setLoaded({ key, months: new Map(entries) }),
      (error: unknown) => current && setLoaded({ key, error }),
    );
    return () => {
      current = false;
    };
  }, [client, codes, from, to, key]);

  const answered = loaded?.key === key;
  return {
    // While a new filter loads, the months of the previous one stay (as Apollo's previousData).
    months: loaded?.months,
    loading: !answered,
    error: answered ? loaded?.error : undefined,
    retry: () => setAttempt((n) => n + 1),
  };
}

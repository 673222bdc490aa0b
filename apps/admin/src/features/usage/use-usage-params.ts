import { useSearchParams } from 'react-router';
import { parseUsageParams, usageSearchParams, type UsageParams } from './usage-params';

/** The usage page's state, read from and written to the URL (synchronously, as the churn page does). */
export function useUsageParams(): [UsageParams, (next: UsageParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  return [
    parseUsageParams(searchParams),
    (next) => setSearchParams(usageSearchParams(next), { flushSync: true }),
  ];
}

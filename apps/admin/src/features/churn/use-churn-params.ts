import { useSearchParams } from 'react-router';
import { churnSearchParams, parseChurnParams, type ChurnParams } from './churn-params';

/** The churn page's state, read from and written to the URL (synchronously, as the surveys do). */
export function useChurnParams(): [ChurnParams, (next: ChurnParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  return [
    parseChurnParams(searchParams),
    (next) => setSearchParams(churnSearchParams(next), { flushSync: true }),
  ];
}

import { useSearchParams } from 'react-router';
import {
  economicsSearchParams,
  parseEconomicsParams,
  type EconomicsParams,
} from './economics-params';

/** The economics page's state, read from and written to the URL (synchronously, as churn does). */
export function useEconomicsParams(): [EconomicsParams, (next: EconomicsParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  return [
    parseEconomicsParams(searchParams),
    (next) => setSearchParams(economicsSearchParams(next), { flushSync: true }),
  ];
}

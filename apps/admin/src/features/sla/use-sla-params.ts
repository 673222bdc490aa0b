import { useSearchParams } from 'react-router';
import { parseSlaParams, slaSearchParams, type SlaParams } from './sla-params';

/** The SLA page's state, read from and written to the URL; `now` is the clock (tests move it). */
export function useSlaParams(now: () => Date): [SlaParams, (next: SlaParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  return [
    parseSlaParams(searchParams, now()),
    (next) => setSearchParams(slaSearchParams(next), { flushSync: true }),
  ];
}

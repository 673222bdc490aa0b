import { useSearchParams } from 'react-router';
import { parseSurveyParams, surveySearchParams, type SurveyParams } from './survey-params';

/**
 * The dashboard filters, read from and written to the URL query string. The URL is updated
 * synchronously (flushSync), not as a transition: otherwise a second quick change (select one
 * plan, then drop another) would be computed from the filters before the first one.
 */
export function useSurveyParams(): [SurveyParams, (next: SurveyParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  return [
    parseSurveyParams(searchParams),
    (next) => setSearchParams(surveySearchParams(next), { flushSync: true }),
  ];
}

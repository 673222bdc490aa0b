import { useSearchParams } from 'react-router';
import { parseSurveyParams, surveySearchParams, type SurveyParams } from './survey-params';

/** The dashboard filters, read from and written to the URL query string. */
export function useSurveyParams(): [SurveyParams, (next: SurveyParams) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  return [parseSurveyParams(searchParams), (next) => setSearchParams(surveySearchParams(next))];
}

/** One palette for every survey chart: bad red, neutral grey, good green. */
export const SURVEY_COLORS = {
  bad: '#cf1322',
  neutral: '#bfbfbf',
  good: '#389e0d',
  line: '#1f5fa6',
  band: 'rgba(31, 95, 166, 0.18)',
} as const;

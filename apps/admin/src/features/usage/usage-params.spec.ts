import {
  EMPTY_USAGE_PARAMS,
  parseUsageParams,
  usageReportFilter,
  usageSearchParams,
} from './usage-params';

describe('usage page params', () => {
  it('reads the state from the URL and sends the filter as the API names it', () => {
    const params = parseUsageParams(
      new URLSearchParams('from=2026/1/1&to=2026-06-30&plans=BASIC,PREMIUM&rankBy=STORAGE'),
    );
    expect(params).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      planCodes: ['BASIC', 'PREMIUM'],
      rankBy: 'STORAGE',
    });
    expect(usageReportFilter(params)).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      planCodes: ['BASIC', 'PREMIUM'],
    });
  });

  it('drops unknown values and malformed dates instead of sending them', () => {
    const params = parseUsageParams(
      new URLSearchParams('from=2026-02-30&to=today&plans=BASIC,,bad code!,BASIC&rankBy=MAU'),
    );
    expect(params).toEqual({ ...EMPTY_USAGE_PARAMS, planCodes: ['BASIC'] });
    expect(usageSearchParams(params).toString()).toBe('plans=BASIC');
  });

  it('keeps the defaults out of the URL and round-trips the rest', () => {
    expect(usageSearchParams(EMPTY_USAGE_PARAMS).toString()).toBe('');
    expect(usageReportFilter(EMPTY_USAGE_PARAMS)).toEqual({});
    const url = 'from=2025-07-01&to=2026-06-30&plans=BASIC%2CSTANDARD&rankBy=DAU';
    expect(usageSearchParams(parseUsageParams(new URLSearchParams(url))).toString()).toBe(url);
  });
});

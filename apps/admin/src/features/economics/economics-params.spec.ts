import {
  economicsSearchParams,
  EMPTY_ECONOMICS_PARAMS,
  parseEconomicsParams,
  revenueReportFilter,
} from './economics-params';

describe('economics page params', () => {
  it('reads the state from the URL and sends the filter as the API names it', () => {
    const params = parseEconomicsParams(
      new URLSearchParams('from=2026/1/1&to=2026-06-30&plans=BASIC,PREMIUM&groupBy=QUARTER'),
    );
    expect(params).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      planCodes: ['BASIC', 'PREMIUM'],
      groupBy: 'QUARTER',
    });
    expect(revenueReportFilter(params)).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      planCodes: ['BASIC', 'PREMIUM'],
    });
  });

  it('drops unknown values and malformed dates instead of sending them', () => {
    const params = parseEconomicsParams(
      new URLSearchParams('from=2026-02-30&to=yesterday&plans=BASIC,,bad code!,BASIC&groupBy=PLAN'),
    );
    expect(params).toEqual({ ...EMPTY_ECONOMICS_PARAMS, planCodes: ['BASIC'] });
    expect(economicsSearchParams(params).toString()).toBe('plans=BASIC');
  });

  it('keeps the defaults out of the URL and round-trips the rest', () => {
    expect(economicsSearchParams(EMPTY_ECONOMICS_PARAMS).toString()).toBe('');
    expect(revenueReportFilter(EMPTY_ECONOMICS_PARAMS)).toEqual({});
    const url = 'from=2026-04-01&to=2027-03-31&plans=BASIC%2CSTANDARD&groupBy=FISCAL_YEAR';
    expect(economicsSearchParams(parseEconomicsParams(new URLSearchParams(url))).toString()).toBe(
      url,
    );
  });
});

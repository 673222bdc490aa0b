import {
  churnReportFilter,
  churnSearchParams,
  EMPTY_CHURN_PARAMS,
  parseChurnParams,
} from './churn-params';

describe('churn page params', () => {
  it('reads the state from the URL and sends the filter as the API names it', () => {
    const params = parseChurnParams(
      new URLSearchParams(
        'from=2026/1/1&to=2026-06-30&plans=BASIC,PREMIUM&groupBy=QUARTER&reason=PRICE',
      ),
    );
    expect(params).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      planCodes: ['BASIC', 'PREMIUM'],
      timeGroupBy: 'QUARTER',
      reason: 'PRICE',
    });
    expect(churnReportFilter(params)).toEqual({
      from: '2026-01-01',
      to: '2026-06-30',
      planCodes: ['BASIC', 'PREMIUM'],
    });
  });

  it('drops unknown values and malformed dates instead of sending them', () => {
    const params = parseChurnParams(
      new URLSearchParams(
        'from=2026-02-30&to=yesterday&plans=BASIC,,bad code!,BASIC&groupBy=PLAN&reason=BORED',
      ),
    );
    expect(params).toEqual({ ...EMPTY_CHURN_PARAMS, planCodes: ['BASIC'] });
    expect(churnSearchParams(params).toString()).toBe('plans=BASIC');
  });

  it('keeps the defaults out of the URL and round-trips the rest', () => {
    expect(churnSearchParams(EMPTY_CHURN_PARAMS).toString()).toBe('');
    expect(churnReportFilter(EMPTY_CHURN_PARAMS)).toEqual({});
    const url =
      'from=2026-04-01&to=2027-03-31&plans=BASIC%2CSTANDARD&groupBy=FISCAL_YEAR&reason=LOW_ADOPTION';
    expect(churnSearchParams(parseChurnParams(new URLSearchParams(url))).toString()).toBe(url);
  });
});

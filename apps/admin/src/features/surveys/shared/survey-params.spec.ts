import {
  commentFilter,
  EMPTY_SURVEY_PARAMS,
  exportQuery,
  parseSurveyParams,
  reportFilter,
  surveySearchParams,
} from './survey-params';

describe('survey dashboard params', () => {
  it('reads the filters from the URL and sends them as the API names them', () => {
    const params = parseSurveyParams(
      new URLSearchParams(
        'from=2026/4/1&to=2026-09-30&plans=BASIC,PREMIUM&stages=ACTIVE,TRIAL&groupBy=MONTH&category=DETRACTOR&q=%E9%81%85%E3%81%84&customer=Q3VzdG9tZXI6MQ%3D%3D',
      ),
    );
    expect(params).toEqual({
      from: '2026-04-01',
      to: '2026-09-30',
      planCodes: ['BASIC', 'PREMIUM'],
      stages: ['ACTIVE', 'TRIAL'],
      customer: 'Q3VzdG9tZXI6MQ==',
      groupBy: 'MONTH',
      category: 'DETRACTOR',
      search: '遅い',
    });
    expect(reportFilter(params)).toEqual({
      from: '2026-04-01',
      to: '2026-09-30',
      planCodes: ['BASIC', 'PREMIUM'],
      stages: ['ACTIVE', 'TRIAL'],
      customerIds: ['Q3VzdG9tZXI6MQ=='],
    });
    expect(commentFilter('NPS', params)).toEqual({
      kind: 'NPS',
      from: '2026-04-01',
      to: '2026-09-30',
      planCodes: ['BASIC', 'PREMIUM'],
      stages: ['ACTIVE', 'TRIAL'],
      customerIds: ['Q3VzdG9tZXI6MQ=='],
      scoreCategory: 'DETRACTOR',
      search: '遅い',
    });
  });

  it('applies the NPS category to NPS comments only', () => {
    const params = { ...EMPTY_SURVEY_PARAMS, category: 'PROMOTER' as const };
    expect(commentFilter('NPS', params)).toEqual({ kind: 'NPS', scoreCategory: 'PROMOTER' });
    expect(commentFilter('CSAT', params)).toEqual({ kind: 'CSAT' });
  });

  it('drops unknown values and malformed dates instead of sending them', () => {
    const params = parseSurveyParams(
      new URLSearchParams(
        'from=2026-02-30&to=yesterday&plans=BASIC,,bad code!,BASIC&stages=ACTIVE,SLEEPING&groupBy=WEEK&category=FAN&q=%20%20&customer=%27%20OR%201%3D1',
      ),
    );
    expect(params).toEqual({ ...EMPTY_SURVEY_PARAMS, planCodes: ['BASIC'], stages: ['ACTIVE'] });
    expect(surveySearchParams(params).toString()).toBe('plans=BASIC&stages=ACTIVE');
  });

  it('keeps the default grouping out of the URL and round-trips the rest', () => {
    expect(surveySearchParams(EMPTY_SURVEY_PARAMS).toString()).toBe('');
    expect(reportFilter(EMPTY_SURVEY_PARAMS)).toEqual({});
    const url =
      'from=2026-04-01&plans=BASIC%2CSTANDARD&customer=Q3VzdG9tZXI6MQ%3D%3D&groupBy=QUARTER&q=%E9%9B%BB%E8%A9%B1';
    expect(surveySearchParams(parseSurveyParams(new URLSearchParams(url))).toString()).toBe(url);
  });

  it('exports what the comments table shows', () => {
    const params = parseSurveyParams(
      new URLSearchParams(
        'plans=BASIC,PREMIUM&from=2026-04-01&category=DETRACTOR&q=遅い&customer=Q3VzdG9tZXI6MQ==',
      ),
    );
    expect(exportQuery('NPS', params)).toBe(
      'kind=NPS&planCodes=BASIC%2CPREMIUM&customerIds=Q3VzdG9tZXI6MQ%3D%3D&from=2026-04-01&scoreCategory=DETRACTOR&search=%E9%81%85%E3%81%84&withComment=true',
    );
    expect(exportQuery('CES', EMPTY_SURVEY_PARAMS)).toBe('kind=CES&withComment=true');
  });
});

import { fileNameFromDisposition, surveyExportUrl } from './survey-http';

describe('export file name', () => {
  it.each([
    ['attachment; filename="survey-responses-20261124.csv"', 'survey-responses-20261124.csv'],
    ['attachment; filename*=UTF-8\'\'%E5%9B%9E%E7%AD%94.csv; filename="x.csv"', '回答.csv'],
    ['attachment', 'fallback.csv'],
    [null, 'fallback.csv'],
  ])('reads %p as %p', (header, name) => {
    expect(fileNameFromDisposition(header, 'fallback.csv')).toBe(name);
  });
});

describe('export address', () => {
  it('asks for English headings and labels when the console is in English', () => {
    expect(surveyExportUrl('kind=NPS&withComment=true', 'en')).toBe(
      '/exports/survey-responses.csv?kind=NPS&withComment=true&lang=en',
    );
  });

  it('leaves the language to the API (Japanese) otherwise', () => {
    expect(surveyExportUrl('kind=NPS', 'ja')).toBe('/exports/survey-responses.csv?kind=NPS');
  });
});

import { fileNameFromDisposition } from './survey-http';

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

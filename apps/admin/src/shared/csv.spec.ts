import { compactDate, csvField, toCsv } from './csv';

describe('csvField', () => {
  it.each([
    ['plain text', '価格', '価格'],
    ['a comma', 'Price, too high', '"Price, too high"'],
    ['quotes', 'the "best" plan', '"the ""best"" plan"'],
    ['a line feed', '一行目\n二行目', '"一行目\n二行目"'],
    ['a CR LF', 'a\r\nb', '"a\r\nb"'],
    ['a formula', '=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['a leading minus in text', '-5', "'-5"],
    ['a negative number', -5, '-5'],
    ['a number', 0.25, '0.25'],
    ['nothing', null, ''],
    ['NaN', Number.NaN, ''],
  ] as const)('writes %s', (_, value, field) => {
    expect(csvField(value)).toBe(field);
  });
});

describe('toCsv', () => {
  it('starts with the UTF-8 BOM and ends every record, the last too, with CRLF', () => {
    const csv = toCsv(
      ['区分', 'MRR'],
      [
        ['価格', 2290],
        ['その他, 不明', null],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1)).toBe('区分,MRR\r\n価格,2290\r\n"その他, 不明",\r\n');
  });

  it('keeps a quoted line break inside its record', () => {
    const csv = toCsv(['note'], [['a\nb']]);
    expect(csv.slice(1).split('\r\n')).toEqual(['note', '"a\nb"', '']);
  });
});

it('writes a date compactly for file names', () => {
  expect(compactDate('2026-04-01')).toBe('20260401');
});

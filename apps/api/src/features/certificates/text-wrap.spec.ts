import { wrapText } from './text-wrap';

/** Every character one unit wide: line widths read as character counts. */
const oneEach = (s: string) => [...s].length;

describe('wrapText', () => {
  it.each([
    ['fits on one line', 'abc def', 10, ['abc def']],
    ['Latin breaks at spaces, trailing spaces dropped', 'abc def ghi', 8, ['abc def', 'ghi']],
    ['Japanese breaks between characters', '消去証明書の発行', 5, ['消去証明書', 'の発行']],
    ['、。 never start a line', '消去した、記録。', 4, ['消去し', 'た、記', '録。']],
    ['（ never ends a line', '記録（法）です', 3, ['記録', '（法）', 'です']],
    [
      'a word wider than the line breaks anywhere',
      'digest 0123456789abcdef',
      6,
      ['digest', '012345', '6789ab', 'cdef'],
    ],
    ['line feeds start new lines', 'one\ntwo', 10, ['one', 'two']],
    ['control characters read as spaces', 'a\tb', 10, ['a b']],
    ['empty text is one empty line', '', 10, ['']],
    ['mixed Japanese and Latin', '承認 approved 2027年', 9, ['承認', 'approved', '2027年']],
  ])('%s', (_case, text, width, expected) => {
    expect(wrapText(text, width, oneEach)).toEqual(expected);
  });

  it('never returns a line wider than the width, unless it is a single character', () => {
    const text =
      '法人番号は法人の情報であり、個人データではない。The corporate number identifies a company.';
    for (const width of [1, 2, 3, 7, 13]) {
      for (const line of wrapText(text, width, oneEach))
        expect(oneEach(line) <= width || oneEach(line) === 1).toBe(true);
    }
  });

  it('keeps every non-space character, in order', () => {
    const text = 'Deletion of personal data（rows deleted）、自由記述は消去済みの表示に置換。';
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    expect(squeeze(wrapText(text, 4, oneEach).join(''))).toBe(squeeze(text));
  });
});

import { toHalfWidth, toHalfWidthNumeric } from './width.js';

describe('toHalfWidth', () => {
  it.each([
    ['０１２３４５６７８９', '0123456789'],
    ['ＡＢＣ　ａｂｃ', 'ABC abc'],
    ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ', 'taro@example.jp'],
    ['（０３）１２３４－５６７８', '(03)1234-5678'],
    ['０９０ー１２３４ー５６７８', '090-1234-5678'],
    ['090−1234‐5678', '090-1234-5678'],
    ['03‒1234–5678', '03-1234-5678'],
    ['03—1234―5678', '03-1234-5678'],
    ['03 ー 1234', '03 - 1234'],
    ['−５', '-5'],
    // not numeric: left alone
    ['スーパー', 'スーパー'],
    ['データー１件', 'データー1件'],
    ['ｶﾀｶﾅ', 'ｶﾀｶﾅ'],
    ['ABC—DEF', 'ABC—DEF'],
    ['5ー', '5ー'],
    ['', ''],
  ])('%s → %s', (raw, half) => {
    expect(toHalfWidth(raw)).toBe(half);
    expect(toHalfWidth(raw)).toHaveLength(raw.length);
  });
});

describe('toHalfWidthNumeric', () => {
  it.each([
    ['〒１２３ー４５６７', '〒123-4567'],
    ['５ー', '5-'],
    ['ー−‐－‒–—―', '--------'],
  ])('%s → %s', (raw, half) => expect(toHalfWidthNumeric(raw)).toBe(half));
});

import { normalizeKana } from './kana.rules.js';

describe('normalizeKana', () => {
  it.each([
    ['ヤマダ', 'ヤマダ'],
    ['やまだ', 'ヤマダ'],
    ['ﾔﾏﾀﾞ ﾀﾛｳ', 'ヤマダ タロウ'],
    ['ｶﾞｯｺｳ', 'ガッコウ'],
    ['やまだ　たろう', 'ヤマダ タロウ'],
    ['  ヤマダ 　 タロウ  ', 'ヤマダ タロウ'],
    ['カブシキガイシャ・サンプル', 'カブシキガイシャ・サンプル'],
    ['スーパー', 'スーパー'],
    ['ゔぃーなす', 'ヴィーナス'],
    ['いすゞ', 'イスヾ'],
  ])('%s → %s', (raw, normalised) =>
    expect(normalizeKana(raw)).toEqual({ ok: true, value: normalised }),
  );

  it.each(['山田', 'Yamada', 'ヤマダ1', 'ヤマダ-タロウ', 'ヤマダ、タロウ', '   ', ''])(
    'refuses %s',
    (raw) => {
      expect(normalizeKana(raw)).toEqual({
        ok: false,
        error: expect.objectContaining({ code: 'INVALID_KANA', field: 'kana' }),
      });
    },
  );
});

import { badRowsCsv, errorListCsv } from './bad-rows-csv';
import { decodeSurveyFile, previewSurveyFile, readSurveyFileRecords } from './survey-file.reader';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** 回答 and スコア etc. in Shift_JIS, as Japanese Excel saves them (bytes from a real file). */
const SJIS_HEADER = new Uint8Array([
  0x83, 0x41, 0x83, 0x93, 0x83, 0x50, 0x81, 0x5b, 0x83, 0x67, 0x83, 0x52, 0x81, 0x5b, 0x83, 0x68,
  0x2c, 0x96, 0x40, 0x90, 0x6c, 0x94, 0xd4, 0x8d, 0x86, 0x2c, 0x83, 0x58, 0x83, 0x52, 0x83, 0x41,
  0x2c, 0x89, 0xf1, 0x93, 0x9a, 0x93, 0xfa, 0x8e, 0x9e, 0x0d, 0x0a,
]);

describe('decodeSurveyFile', () => {
  it.each([
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('スコア\n')]), 'UTF-8 (BOM)'],
    ['UTF-8', utf8('スコア\n'), 'UTF-8'],
    ['Shift_JIS', SJIS_HEADER, 'Shift_JIS'],
  ])('reads %s as the API does', (_, bytes, encoding) => {
    expect(decodeSurveyFile(bytes)?.encoding).toBe(encoding);
  });

  it('reads the Shift_JIS heading as Japanese', () => {
    expect(decodeSurveyFile(SJIS_HEADER)?.text).toBe(
      'アンケートコード,法人番号,スコア,回答日時\r\n',
    );
  });

  it('accepts a UTF-8 prefix cut inside a character, refuses bytes that are neither', () => {
    const cut = utf8('score,コメント\n9,よい').slice(0, -1);
    expect(decodeSurveyFile(cut, false)?.encoding).toBe('UTF-8');
    expect(decodeSurveyFile(new Uint8Array([0x82, 0xff, 0xff]))).toBeNull();
  });
});

describe('previewSurveyFile', () => {
  const file = [
    'アンケートコード,法人番号,スコア,コメント,回答日時,メモ,回答者メール',
    'NPS-RELATIONSHIP,7010001008844,9,"二行の',
    'コメント",2026/10/06 15:00,,a@example.jp',
    'NPS-RELATIONSHIP,7010001008844,3,短い,2026/10/07 15:00,,',
  ].join('\r\n');

  it('maps each heading as the file writes it, and numbers rows as Excel does', () => {
    const preview = previewSurveyFile(utf8(file), true)!;
    expect(preview.columns.map((c) => [c.heading, c.column])).toEqual([
      ['アンケートコード', 'surveyCode'],
      ['法人番号', 'corporateNumber'],
      ['スコア', 'score'],
      ['コメント', 'comment'],
      ['回答日時', 'answeredAt'],
      ['メモ', null],
      ['回答者メール', 'respondentEmail'],
    ]);
    expect(preview.missing).toEqual([]);
    expect(preview.rows.map((r) => [r.row, r.fields[2]])).toEqual([
      [2, '9'],
      [3, '3'],
    ]);
  });

  it('names the required columns a header lacks', () => {
    const preview = previewSurveyFile(utf8('comment,score\nよい,9\n'), true)!;
    expect(preview.missing.map((e) => e.field)).toEqual(['surveyCode', 'answeredAt', 'customer']);
  });

  it('reads only whole rows of a prefix, and at most the first rows asked for', () => {
    const cutInQuote = utf8(file).slice(0, utf8(file).length - 60);
    const preview = previewSurveyFile(cutInQuote, false, 20)!;
    expect(preview.columns).toHaveLength(7);
    expect(preview.rows).toEqual([]); // the only row started is cut inside its quoted comment
    const many = ['survey_code,score', ...Array.from({ length: 50 }, (_, i) => `NPS,${i % 11}`)];
    expect(previewSurveyFile(utf8(many.join('\n')), true, 20)!.rows).toHaveLength(20);
  });
});

describe('bad rows', () => {
  const file = [
    'アンケートコード,法人番号,スコア,コメント,回答日時',
    'NPS,7010001008844,9,"二行の',
    'コメント",2026/10/06 15:00',
    'NPS,7010001008844,11,範囲外,2026/10/07 15:00',
    'NPS,7010001008844,8,よい,',
  ].join('\r\n');
  const errors = [
    { row: 3, column: 'スコア', message: '0〜10の整数で入力してください。' },
    { row: 4, column: '回答日時', message: '入力してください。' },
    { row: 4, column: null, message: '顧客が見つかりません。' },
  ];
  const headings = { row: '元の行', column: '列', reason: 'エラー内容' };

  it('gives the refused rows as they were, with their row and reasons, to fix and import again', () => {
    const csv = badRowsCsv(readSurveyFileRecords(utf8(file))!, errors, headings);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'アンケートコード,法人番号,スコア,コメント,回答日時,元の行,エラー内容',
      'NPS,7010001008844,11,範囲外,2026/10/07 15:00,3,スコア: 0〜10の整数で入力してください。',
      'NPS,7010001008844,8,よい,,4,回答日時: 入力してください。 / 顧客が見つかりません。',
      '',
    ]);
  });

  it('lists the errors alone when the file is not at hand', () => {
    expect(errorListCsv(errors.slice(0, 1), headings).slice(1)).toBe(
      '元の行,列,エラー内容\r\n3,スコア,0〜10の整数で入力してください。\r\n',
    );
  });
});

import {
  csvCell,
  mapSurveyCsvHeader,
  parseCsv,
  readSurveyCsvHeader,
  readSurveyCsvRow,
  SURVEY_EXPORT_COLUMNS,
  surveyChannelFromCsv,
  surveyCsvHeading,
  surveyExportHeader,
} from './survey-csv.js';

describe('parseCsv', () => {
  it.each([
    [
      'simple LF',
      'a,b\n1,2\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'CRLF without final newline',
      'a,b\r\n1,2',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'BOM dropped',
      '\uFEFFa,b\n1,2',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'blank lines skipped',
      'a\n\n\nb\n',
      [
        [1, ['a']],
        [4, ['b']],
      ],
    ],
    ['quoted comma and quote', 'x,"a, ""b"""\n', [[1, ['x', 'a, "b"']]]],
    [
      'line break inside quotes keeps line numbers',
      '"a\nb",c\nd,e\n',
      [
        [1, ['a\nb', 'c']],
        [3, ['d', 'e']],
      ],
    ],
    ['empty cells', ',,\n', [[1, ['', '', '']]]],
    ['quoted empty cell is a record', '""\n', [[1, ['']]]],
    [
      'japanese text',
      'コメント,スコア\n"使いやすい、速い",10\n',
      [
        [1, ['コメント', 'スコア']],
        [2, ['使いやすい、速い', '10']],
      ],
    ],
    [
      'lone CR, CRLF and LF mixed, quoted and plain records alternating',
      'a,b\r1,"x\r\ny"\r\n2, 3 \n\r\n"q",4\r',
      [
        [1, ['a', 'b']],
        [2, ['1', 'x\r\ny']],
        [4, ['2', ' 3 ']],
        [6, ['q', '4']],
      ],
    ],
    ['a quote later in the line opens nothing', 'a,b"c\n', [[1, ['a', 'b"c']]]],
    ['whitespace-only line is a record', ' \n', [[1, [' ']]]],
  ] as [string, string, [number, string[]][]][])('%s', (_name, text, expected) => {
    const r = parseCsv(text);
    expect(r.ok && r.value.map((x) => [x.line, x.fields])).toEqual(expected);
  });

  it.each([
    // The row a spreadsheet shows: a quoted line break is inside one row, a blank line is a row.
    ['a quoted line break', 'h\n"a\nb"\nc\n', [1, 2, 3], [1, 2, 4]],
    ['a blank line', 'h\n\nc\n', [1, 3], [1, 3]],
    ['CRLF inside quotes, then a lone CR', 'h\r\n"x\r\ny",1\rz\r\n', [1, 2, 3], [1, 2, 4]],
    ['two quoted line breaks in one cell', 'h\n"1\n2\n3"\nlast', [1, 2, 3], [1, 2, 5]],
  ])('numbers rows as Excel does around %s', (_name, text, rows, lines) => {
    const r = parseCsv(text);
    expect(r.ok && r.value.map((x) => x.row)).toEqual(rows);
    expect(r.ok && r.value.map((x) => x.line)).toEqual(lines);
  });

  it('reports an unterminated quote with the line it opened on', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n')).toEqual({
      ok: false,
      error: { line: 2, reason: 'unterminated quoted field' },
    });
  });
});

describe('readSurveyCsvHeader', () => {
  it('maps English and Japanese headings in any order', () => {
    const r = readSurveyCsvHeader(['スコア', 'Survey_Code', '法人番号', 'answered_at', 'memo']);
    expect(r).toEqual({
      ok: true,
      value: { score: 0, surveyCode: 1, corporateNumber: 2, answeredAt: 3 },
    });
  });

  it.each([
    [['score', 'answered_at', 'corporate_number'], ['surveyCode']],
    [['survey_code', 'answered_at', 'customer_id'], ['score']],
    [['survey_code', 'score', 'answered_at'], ['customer']],
    [['comment'], ['surveyCode', 'score', 'answeredAt', 'customer']],
  ])('names the missing columns of %j', (header, missing) => {
    const r = readSurveyCsvHeader(header);
    expect(r.ok ? [] : r.error.map((e) => [e.code, e.field])).toEqual(
      missing.map((m) => ['MISSING_COLUMN', m]),
    );
  });
});

describe('mapSurveyCsvHeader and surveyCsvHeading', () => {
  const header = ['アンケートコード', '法人番号', ' スコア ', '回答日時', 'メモ', 'score'];
  const columns = mapSurveyCsvHeader(header);

  it('maps what it can even when a required column is missing, the first of a repeat', () => {
    expect(mapSurveyCsvHeader(['スコア', 'memo', 'SCORE'])).toEqual({ score: 0 });
    expect(columns).toEqual({ surveyCode: 0, corporateNumber: 1, score: 2, answeredAt: 3 });
  });

  it.each([
    ['score', 'スコア'],
    ['answered_at', '回答日時'],
    ['corporate_number', '法人番号'],
    ['respondent_email', null], // no such column in the file
    [null, null],
  ])('names the column %j as the file does: %j', (field, heading) => {
    expect(surveyCsvHeading(field, header, columns)).toBe(heading);
  });
});

describe('readSurveyCsvRow', () => {
  const header = readSurveyCsvHeader([
    'survey_code',
    'corporate_number',
    'score',
    'comment',
    'answered_at',
  ]);
  if (!header.ok) throw new Error('fixture header must be valid');

  it.each([
    ['9', 9],
    ['１０', 10],
    [' 0 ', 0],
    ['9.5', null],
    ['abc', null],
    ['', null],
  ])('reads score %j as %j', (cell, score) => {
    const row = readSurveyCsvRow(
      { line: 7, row: 7, fields: ['NPS', '1', cell, '', 'x'] },
      header.value,
    );
    expect(row.score).toBe(score);
  });

  it('treats missing trailing cells and blanks as empty', () => {
    const row = readSurveyCsvRow({ line: 3, row: 2, fields: ['NPS', ' 123 ', '8'] }, header.value);
    expect(row).toMatchObject({
      line: 3,
      row: 2,
      surveyCode: 'NPS',
      corporateNumber: '123',
      customerId: null,
      score: 8,
      comment: null,
      answeredAt: '',
    });
  });
});

describe('csvCell', () => {
  it.each([
    [null, ''],
    [7, '7'],
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['=HYPERLINK("x")', '"\'=HYPERLINK(""x"")"'],
    ['+81', "'+81"],
    ['@sum', "'@sum"],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });
});

describe('the export header', () => {
  it('is Japanese by default and English on request, one heading per column', () => {
    expect(surveyExportHeader('ja')).toEqual([
      '回答ID',
      'アンケートコード',
      '顧客ID',
      '法人番号',
      '顧客名',
      'プラン',
      'ステージ',
      'スコア',
      'チャネル',
      '回答日時',
      'コメント',
      '回答者名',
      '回答者メール',
    ]);
    expect(surveyExportHeader('en')).toHaveLength(SURVEY_EXPORT_COLUMNS.length);
    expect(surveyExportHeader('en')[0]).toBe('response_id');
  });

  it.each(['ja', 'en'] as const)(
    '(%s) is read back by the import, every imported column',
    (lang) => {
      const header = readSurveyCsvHeader(surveyExportHeader(lang));
      if (!header.ok) throw new Error(JSON.stringify(header.error));
      expect(Object.keys(header.value).sort()).toEqual(
        [
          'answeredAt',
          'channel',
          'comment',
          'corporateNumber',
          'customerId',
          'respondentEmail',
          'respondentName',
          'responseId',
          'score',
          'surveyCode',
        ].sort(),
      );
      // The read-only columns (顧客名, プラン, ステージ) are passed over.
      expect(header.value.customerId).toBe(SURVEY_EXPORT_COLUMNS.indexOf('customerId'));
    },
  );
});

describe('surveyChannelFromCsv', () => {
  it.each([
    ['EMAIL', 'EMAIL'],
    ['email', 'EMAIL'],
    ['メール', 'EMAIL'],
    ['In-app', 'IN_APP'],
    ['アプリ内', 'IN_APP'],
    [' 電話 ', 'PHONE'],
    ['その他', 'OTHER'],
    ['FAX', 'FAX'],
    [null, null],
  ])('%j → %j', (text, code) => {
    expect(surveyChannelFromCsv(text)).toBe(code);
  });
});

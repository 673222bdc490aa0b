import {
  LIFECYCLE_STAGE_LABELS,
  parseCsv,
  SURVEY_CHANNEL_LABELS,
  surveyExportHeader,
} from '@kizuna/domain';
import { seedSurveys } from '../src/features/demo/demo-surveys';
import {
  processNextSurveyImport,
  queueSurveyImport,
} from '../src/features/surveys/survey-import.service';
import { toGlobalId } from '../src/graphql/relay';
import { createTrialCustomer } from './helpers/factories';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

// The export is for analysts who open it in Excel and, edited or not, may import it again:
// Japanese headings by default, labels, Tokyo time to the minute, and whatever the import needs
// to find the survey, the customer and the answer it came from.

let server: TestServer;
let admin: string;
let analyst: string;
let customer: { id: string; name: string; corporateNumber: string };
let surveyId: string;
let plan: { code: string; name_ja: string; name_en: string };

const SUBMIT = `mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) {
  response { id } userErrors { code field message } } }`;

/** Three answers, with seconds in their times, a comment that needs quoting and a respondent. */
const ANSWERS = [
  {
    score: 9,
    comment: '使いやすい、でも\n「設定」が分かりにくい',
    channel: 'EMAIL',
    answeredAt: '2026-10-01T09:30:45+09:00',
    respondent: { name: '山田 花子', email: 'hanako.export@example.co.jp' },
  },
  { score: 7, comment: null, channel: 'IN_APP', answeredAt: '2026-10-02T23:59:59+09:00' },
  { score: 10, comment: '最高です', channel: 'PHONE', answeredAt: '2026-10-03T00:00:00Z' },
];

beforeAll(async () => {
  server = await startTestServer();
  await seedSurveys(server.db.dataSource);
  admin = await server.loginAs('admin@kizuna.example');
  analyst = await server.loginAs('analyst@kizuna.example');
  customer = await createTrialCustomer(server);
  [{ id: surveyId }] = await server.db.dataSource.query(
    `INSERT INTO survey (code, kind, title_ja, title_en, question_ja, question_en)
     VALUES ('NPS-ROUND-TRIP', 'NPS', '往復', 'Round trip', '薦めますか？', 'Recommend?')
     RETURNING id::text`,
  );
  const key = await server.gql(
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
    { input: { name: 'survey tool', scopes: ['surveys:write', 'personal-data:read'] } },
    { token: admin },
  );
  const writer = key.data?.createApiKey.key as string;
  for (const answer of ANSWERS) {
    const res = await server.gql(
      SUBMIT,
      {
        input: {
          surveyId: toGlobalId('Survey', surveyId),
          customerId: customer.id,
          ...answer,
          comment: answer.comment ?? undefined,
        },
      },
      { token: writer },
    );
    expect(res.data?.submitSurveyResponse.userErrors).toEqual([]);
  }
  [plan] = await server.db.dataSource.query(
    `SELECT p.code, p.name_ja, p.name_en FROM survey_response r JOIN plan p ON p.code = r.plan_code
      WHERE r.survey_id = $1 LIMIT 1`,
    [surveyId],
  );
});

afterAll(() => server?.close());

/** The survey's answers as CSV, parsed: header and rows. */
async function exportCsv(token: string, query = '') {
  const res = await fetch(
    `${server.url}/exports/survey-responses.csv?surveyIds=${encodeURIComponent(
      toGlobalId('Survey', surveyId),
    )}${query}`,
    { headers: { authorization: `Bearer ${token}` } },
  );
  expect(res.status).toBe(200);
  const bytes = Buffer.from(await res.arrayBuffer());
  const parsed = parseCsv(bytes.toString('utf8'));
  if (!parsed.ok) throw new Error(parsed.error.reason);
  const [header, ...rows] = parsed.value.map((r) => r.fields);
  return { bytes, header: header!, rows };
}

/** A row's cells by heading. */
const byHeading = (header: string[], row: string[]) =>
  Object.fromEntries(header.map((h, i) => [h, row[i]]));

/** Import a file as an upload would, run it to the end, and return its counts. */
async function importFile(bytes: Buffer) {
  const queued = await queueSurveyImport(server.db.dataSource, null, 'export.csv', bytes);
  if (!queued.ok) throw new Error(JSON.stringify(queued.errors));
  await processNextSurveyImport(server.db.dataSource, () => server.clock.now(), queued.id);
  const [row] = await server.db.dataSource.query(
    `SELECT status, imported_rows, duplicate_rows, error_rows, errors FROM survey_import
      WHERE id = $1`,
    [queued.id],
  );
  return row as LooseData;
}

/** The survey's stored answers, oldest first, as comparable values. */
async function stored() {
  return server.db.dataSource.query(
    `SELECT r.customer_id::text, r.score, r.comment, r.channel,
            to_char(r.answered_at AT TIME ZONE 'Asia/Tokyo', 'YYYY/MM/DD HH24:MI') AS answered,
            p.name, p.email
       FROM survey_response r LEFT JOIN survey_respondent p ON p.response_id = r.id
      WHERE r.survey_id = $1 ORDER BY r.answered_at`,
    [surveyId],
  ) as Promise<LooseData[]>;
}

describe('the survey answers export', () => {
  it('writes Japanese headings, labels, Tokyo time to the minute and the 法人番号', async () => {
    const { bytes, header, rows } = await exportCsv(admin);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header).toEqual(surveyExportHeader('ja'));
    expect(header).toEqual(expect.arrayContaining(['法人番号', '回答日時', 'プラン', 'ステージ']));
    // Newest first.
    const [third, second, first] = rows.map((r) => byHeading(header, r));
    expect(first).toMatchObject({
      回答ID: expect.stringMatching(/./),
      アンケートコード: 'NPS-ROUND-TRIP',
      顧客ID: customer.id,
      法人番号: customer.corporateNumber,
      顧客名: customer.name,
      プラン: plan.name_ja,
      ステージ: LIFECYCLE_STAGE_LABELS.TRIAL.ja,
      スコア: '9',
      チャネル: SURVEY_CHANNEL_LABELS.EMAIL.ja,
      回答日時: '2026/10/01 09:30',
      コメント: ANSWERS[0]!.comment,
      回答者名: '山田 花子',
      回答者メール: 'hanako.export@example.co.jp',
    });
    expect(second).toMatchObject({
      回答日時: '2026/10/02 23:59',
      チャネル: 'アプリ内',
      コメント: '',
    });
    // 00:00 UTC is 09:00 in Tokyo.
    expect(third).toMatchObject({ 回答日時: '2026/10/03 09:00', チャネル: '電話' });
    expect(rows.join()).not.toMatch(/EMAIL|IN_APP|TRIAL|T\d\d:\d\d/);
  });

  it('writes English headings and labels with lang=en, times still in Tokyo', async () => {
    const { header, rows } = await exportCsv(admin, '&lang=en');
    expect(header).toEqual(surveyExportHeader('en'));
    const oldest = byHeading(header, rows.at(-1)!);
    expect(oldest).toMatchObject({
      corporate_number: customer.corporateNumber,
      plan: plan.name_en,
      stage: LIFECYCLE_STAGE_LABELS.TRIAL.en,
      channel: 'Email',
      answered_at: '2026/10/01 09:30',
    });
  });

  it('refuses a language it does not write', async () => {
    const res = await fetch(`${server.url}/exports/survey-responses.csv?lang=fr`, {
      headers: { authorization: `Bearer ${admin}` },
    });
    expect(res.status).toBe(400);
  });

  it('keeps the respondent out and the comment masked for a caller without access', async () => {
    const { header, rows } = await exportCsv(analyst);
    const oldest = byHeading(header, rows.at(-1)!);
    expect(oldest).toMatchObject({ 回答者名: '', 回答者メール: '' });
    expect(rows.join()).not.toMatch(/山田|hanako/);
  });
});

describe('an exported file imported again', () => {
  it('adds nothing while its answers are stored, whichever language or masking', async () => {
    const before = await stored();
    for (const [token, query] of [
      [admin, ''],
      [admin, '&lang=en'],
      [analyst, ''],
    ] as const) {
      const { bytes } = await exportCsv(token, query);
      expect(await importFile(bytes)).toMatchObject({
        status: 'DONE',
        imported_rows: 0,
        duplicate_rows: ANSWERS.length,
        error_rows: 0,
      });
    }
    expect(await stored()).toEqual(before);
  });

  it('restores the same answers once they are gone, then never duplicates them', async () => {
    const { bytes } = await exportCsv(admin);
    const before = await stored();
    await server.db.dataSource.query(`DELETE FROM survey_response WHERE survey_id = $1`, [
      surveyId,
    ]);
    expect(await importFile(bytes)).toMatchObject({
      status: 'DONE',
      imported_rows: ANSWERS.length,
      duplicate_rows: 0,
      error_rows: 0,
    });
    // Same customer, score, comment, channel, respondent; the time as the file gives it.
    expect(await stored()).toEqual(before);
    expect(await importFile(bytes)).toMatchObject({
      imported_rows: 0,
      duplicate_rows: ANSWERS.length,
    });
    expect(await stored()).toHaveLength(ANSWERS.length);
  });
});

import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { myNumberCheckDigit, surveyExportHeader } from '@kizuna/domain';
import { seedSurveyResponses, seedSurveys } from '../src/features/demo/demo-surveys';
import { countScores, type ReportScope } from '../src/features/surveys/survey-report.query';
import { ReportGroupBy } from '../src/features/surveys/survey-report.type';
import { processNextSurveyImport } from '../src/features/surveys/survey-import.service';
import { toGlobalId } from '../src/graphql/relay';
import { createTrialCustomer } from './helpers/factories';
import {
  encodeShiftJis,
  insertRawResponses,
  surveyIds,
  times,
  type RawResponse,
} from './helpers/surveys';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

let server: TestServer;
let surveys: Record<string, string>;
let customer: { id: string; name: string; corporateNumber: string };
let customerDbId: string;
let analyst: string;
let admin: string;
let writerKey: string;

const FIGURES = 'score promoters passives detractors responses marginOfError smallSample';
const NPS_REPORT = `query ($filter: SurveyReportFilter, $groupBy: ReportGroupBy, $fy: Int) {
  npsReport(filter: $filter, groupBy: $groupBy, fiscalYearStartMonth: $fy) {
    ${FIGURES} smallSampleThreshold
    groups { key ${FIGURES} }
    distribution { score count }
  } }`;
const SUBMIT = `mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) {
  duplicate response { id score comment maskedPersonalData channel answeredAt planCode stage
    respondent { name email } survey { code kind } customer { id } }
  userErrors { code field message } } }`;

beforeAll(async () => {
  server = await startTestServer();
  await seedSurveys(server.db.dataSource);
  surveys = await surveyIds(server.db.dataSource);
  customer = await createTrialCustomer(server);
  customerDbId = Buffer.from(customer.id, 'base64url').toString().split(':')[1]!;
  analyst = await server.loginAs('analyst@kizuna.example');
  admin = await server.loginAs('admin@kizuna.example');
  const key = await server.gql(
    `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
    { input: { name: 'survey tool', scopes: ['surveys:write'] } },
    { token: admin },
  );
  writerKey = key.data?.createApiKey.key as string;
});

afterAll(() => server?.close());

/** Rows of one NPS survey of its own, so that each test counts only its own answers. */
async function npsSurvey(code: string): Promise<string> {
  const [row]: { id: string }[] = await server.db.dataSource.query(
    `INSERT INTO survey (code, kind, title_ja, title_en, question_ja, question_en)
     VALUES ($1, 'NPS', 'テスト', 'Test', '薦めますか？', 'Recommend?') RETURNING id::text`,
    [code],
  );
  return row!.id;
}

const rows = (surveyId: string, scores: number[], extra: Partial<RawResponse> = {}) =>
  scores.map((score) => ({
    surveyId,
    customerId: customerDbId,
    score,
    answeredAt: '2026-06-01T10:00:00+09:00',
    ...extra,
  }));

describe('npsReport statistics', () => {
  let surveyId: string;
  beforeAll(async () => {
    surveyId = await npsSurvey('NPS-HAND');
    // BASIC: 2 promoters, 3 passives, 5 detractors. PREMIUM: 18, 7, 5.
    await insertRawResponses(server.db.dataSource, [
      ...rows(surveyId, [10, 9, 8, 7, 7, 6, 3, 0, 0, 6], { planCode: 'BASIC', stage: 'TRIAL' }),
      ...rows(surveyId, [...times(10, 10), ...times(8, 9), ...times(4, 8), ...times(3, 7)], {
        planCode: 'PREMIUM',
      }),
      ...rows(surveyId, [6, 6, 5, 1, 0], { planCode: 'PREMIUM' }),
    ]);
  });

  const report = async (variables: LooseData) => {
    const res = await server.gql(NPS_REPORT, variables, { token: analyst });
    expect(res.errors).toBeUndefined();
    return res.data?.npsReport;
  };

  it('matches figures computed by hand', async () => {
    // 40 answers: p = 20/40, d = 10/40. NPS = 100·(0.5 − 0.25) = 25.0.
    // MoE = 1.96·√((0.5 + 0.25 − 0.25²)/40)·100 = 1.96·√0.0171875·100 = 25.6958… → 25.7.
    const r = await report({ filter: { surveyIds: [toGlobalId('Survey', surveyId)] } });
    expect(r).toMatchObject({
      score: 25,
      promoters: 20,
      passives: 10,
      detractors: 10,
      responses: 40,
      marginOfError: 25.7,
      smallSample: false,
      smallSampleThreshold: 30,
      groups: [],
    });
    expect(r.distribution).toEqual(
      [3, 1, 0, 1, 0, 1, 4, 5, 5, 9, 11].map((count, score) => ({ score, count })),
    );
  });

  it('groups by plan, flagging the small sample', async () => {
    const r = await report({
      filter: { surveyIds: [toGlobalId('Survey', surveyId)] },
      groupBy: 'PLAN',
    });
    expect(r.groups).toEqual([
      // 10 answers: NPS 100·(2 − 5)/10 = −30; MoE 1.96·√((0.7 − 0.09)/10)·100 = 48.4.
      {
        key: 'BASIC',
        score: -30,
        promoters: 2,
        passives: 3,
        detractors: 5,
        responses: 10,
        marginOfError: 48.4,
        smallSample: true,
      },
      // 30 answers: NPS 100·(18 − 5)/30 = 43.3; MoE 1.96·√((23/30 − (13/30)²)/30)·100 = 27.2.
      {
        key: 'PREMIUM',
        score: 43.3,
        promoters: 18,
        passives: 7,
        detractors: 5,
        responses: 30,
        marginOfError: 27.2,
        smallSample: false,
      },
    ]);
  });

  it('filters by plan and stage', async () => {
    const id = toGlobalId('Survey', surveyId);
    const basic = await report({ filter: { surveyIds: [id], planCodes: ['BASIC'] } });
    expect([basic.responses, basic.score]).toEqual([10, -30]);
    const active = await report({ filter: { surveyIds: [id], stages: ['ACTIVE'] } });
    expect([active.responses, active.score]).toEqual([30, 43.3]);
    const byStage = await report({ filter: { surveyIds: [id] }, groupBy: 'STAGE' });
    expect(byStage.groups.map((g: LooseData) => [g.key, g.responses])).toEqual([
      ['ACTIVE', 30],
      ['TRIAL', 10],
    ]);
  });

  it('reports an empty selection honestly', async () => {
    const r = await report({
      filter: { surveyIds: [toGlobalId('Survey', surveyId)], planCodes: ['STANDARD'] },
    });
    expect(r).toMatchObject({ score: null, responses: 0, marginOfError: null, smallSample: true });
  });
});

describe('time buckets (Asia/Tokyo, fiscal year from April)', () => {
  let id: string;
  beforeAll(async () => {
    const surveyId = await npsSurvey('NPS-TIME');
    id = toGlobalId('Survey', surveyId);
    await insertRawResponses(server.db.dataSource, [
      // 2026-03-31 14:30 UTC: still March in Tokyo, FY2025 Q4.
      { ...rows(surveyId, [10])[0]!, answeredAt: '2026-03-31T23:30:00+09:00' },
      // 2026-03-31 23:00 UTC: already April in Tokyo, FY2026 Q1.
      { ...rows(surveyId, [0])[0]!, answeredAt: '2026-04-01T08:00:00+09:00' },
      { ...rows(surveyId, [9])[0]!, answeredAt: '2026-01-15T12:00:00+09:00' },
      { ...rows(surveyId, [8])[0]!, answeredAt: '2025-12-31T23:59:00+09:00' },
    ]);
  });

  const groups = async (groupBy: string, extra: LooseData = {}) => {
    const res = await server.gql(
      NPS_REPORT,
      { filter: { surveyIds: [id], ...extra.filter }, groupBy, fy: extra.fy },
      { token: analyst },
    );
    expect(res.errors).toBeUndefined();
    return res.data?.npsReport.groups.map((g: LooseData) => [g.key, g.responses]);
  };

  it.each([
    [
      'MONTH',
      {},
      // February had no answers: shown empty rather than skipped.
      [
        ['2025-12', 1],
        ['2026-01', 1],
        ['2026-02', 0],
        ['2026-03', 1],
        ['2026-04', 1],
      ],
    ],
    [
      'QUARTER',
      {},
      [
        ['FY2025-Q3', 1],
        ['FY2025-Q4', 2],
        ['FY2026-Q1', 1],
      ],
    ],
    [
      'FISCAL_YEAR',
      {},
      [
        ['FY2025', 3],
        ['FY2026', 1],
      ],
    ],
    [
      'FISCAL_YEAR',
      { fy: 1 },
      [
        ['FY2025', 1],
        ['FY2026', 3],
      ],
    ],
    ['MONTH', { filter: { from: '2026-04-01', to: '2026-04-01' } }, [['2026-04', 1]]],
    [
      'MONTH',
      { filter: { from: '2026-01-01', to: '2026-03-31' } },
      [
        ['2026-01', 1],
        ['2026-02', 0],
        ['2026-03', 1],
      ],
    ],
  ])('%s %j', async (groupBy, extra, expected) => {
    expect(await groups(groupBy, extra)).toEqual(expected);
  });

  it.each([
    [
      'a date that does not exist',
      { filter: { from: '2026-02-30' } },
      /filter\.from must be a date/,
    ],
    ['text', { filter: { to: 'yesterday' } }, /filter\.to must be a date/],
    [
      'a range that ends before it starts',
      { filter: { from: '2026-04-02', to: '2026-04-01' } },
      /filter\.from must not be after filter\.to/,
    ],
    ['a fiscal start outside 1–12', { fy: 13 }, /fiscalYearStartMonth must be 1–12/],
  ])('refuses %s with BAD_USER_INPUT', async (_case, variables, message) => {
    const bad = await server.gql(NPS_REPORT, variables, { token: analyst });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(message);
  });

  it('reads dates typed as YYYY/M/D or in full width like YYYY-MM-DD', async () => {
    const answer = async (filter: object) =>
      (await server.gql(NPS_REPORT, { filter }, { token: analyst })).data?.npsReport.responses;
    const iso = await answer({ from: '2026-04-01', to: '2026-04-30' });
    expect(iso).toBeGreaterThan(0);
    expect(await answer({ from: '2026-05-01', to: '2026-05-31' })).not.toBe(iso);
    expect(await answer({ from: '2026/4/1', to: '２０２６－０４－３０' })).toBe(iso);
  });
});

describe('csatReport and cesReport', () => {
  it('computes share, mean and margin of error', async () => {
    await insertRawResponses(server.db.dataSource, [
      ...rows(surveys['CSAT-SUPPORT']!, [5, 5, 4, 4, 3, 2, 1, 5]),
      ...rows(surveys['CES-ONBOARDING']!, [7, 6, 5, 5, 4, 3, 2, 1, 7, 7]),
    ]);
    const res = await server.gql(
      `{ csatReport { responses mean share satisfiedShare marginOfError smallSample
           distribution { score count } }
         cesReport(groupBy: PLAN) { responses mean share easyShare marginOfError smallSample
           groups { key responses } } }`,
      {},
      { token: analyst },
    );
    expect(res.errors).toBeUndefined();
    // CSAT: 5 of 8 satisfied = 0.625; mean 29/8 = 3.625 → 3.63; MoE 1.96·√(0.625·0.375/8) = 0.335.
    expect(res.data?.csatReport).toEqual({
      responses: 8,
      mean: 3.63,
      share: 0.625,
      satisfiedShare: 0.625,
      marginOfError: 0.335,
      smallSample: true,
      distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: [0, 1, 1, 1, 2, 3][score] })),
    });
    // CES: 6 of 10 easy (5–7) = 0.6; mean 4.7; MoE 1.96·√(0.24/10) = 0.304.
    expect(res.data?.cesReport).toEqual({
      responses: 10,
      mean: 4.7,
      share: 0.6,
      easyShare: 0.6,
      marginOfError: 0.304,
      smallSample: true,
      groups: [{ key: 'PREMIUM', responses: 10 }],
    });
  });
});

describe('submitSurveyResponse', () => {
  const input = (change: LooseData = {}) => ({
    surveyId: toGlobalId('Survey', surveys['NPS-RELATIONSHIP']!),
    customerId: customer.id,
    score: 9,
    comment: 'とても便利です。',
    channel: 'EMAIL',
    answeredAt: '2026-10-01T09:30:00+09:00',
    respondent: { name: '山田 花子', email: 'hanako@example.co.jp' },
    ...change,
  });

  it('stores an answer once, with the plan and stage of the moment', async () => {
    const first = await server.gql(SUBMIT, { input: input() }, { token: writerKey });
    expect(first.data?.submitSurveyResponse).toMatchObject({
      duplicate: false,
      userErrors: [],
      response: {
        score: 9,
        comment: 'とても便利です。',
        channel: 'EMAIL',
        answeredAt: '2026-10-01T00:30:00.000Z',
        planCode: 'PREMIUM',
        stage: 'TRIAL',
        // The key has no personal-data access: the respondent is withheld.
        respondent: null,
        survey: { code: 'NPS-RELATIONSHIP', kind: 'NPS' },
        customer: { id: customer.id },
      },
    });
    const again = await server.gql(SUBMIT, { input: input() }, { token: writerKey });
    expect(again.data?.submitSurveyResponse.duplicate).toBe(true);
    expect(again.data?.submitSurveyResponse.response.id).toBe(
      first.data?.submitSurveyResponse.response.id,
    );
    const [{ n }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM survey_response r JOIN survey_respondent p ON p.response_id = r.id
        WHERE p.email = 'hanako@example.co.jp'`,
    );
    expect(n).toBe(1);
    const [audit] = await server.db.dataSource.query(
      `SELECT action, after FROM audit_event WHERE entity_type = 'SurveyResponse'`,
    );
    expect(audit.action).toBe('surveyResponse.submitted');
    expect(JSON.stringify(audit.after)).not.toMatch(/hanako|山田|便利/);
  });

  it.each([
    ['an out-of-range NPS score', { score: 11 }, [['OUT_OF_RANGE', 'score']]],
    [
      'an unknown survey',
      { surveyId: toGlobalId('Survey', '00000000-0000-4000-8000-000000000000'), score: 0 },
      [['NOT_FOUND', 'surveyId']],
    ],
    [
      'an unknown customer',
      { customerId: toGlobalId('Customer', '00000000-0000-4000-8000-000000000000') },
      [['NOT_FOUND', 'customerId']],
    ],
    ['a malformed date', { answeredAt: '2026-02-30 10:00' }, [['INVALID_DATE_TIME', 'answeredAt']]],
    [
      'a date in the future',
      { answeredAt: '2099-01-01T00:00:00Z' },
      [['DATE_IN_FUTURE', 'answeredAt']],
    ],
    [
      'several problems at once',
      { score: -1, channel: 'FAX', respondent: { email: 'x@' } },
      [
        ['OUT_OF_RANGE', 'score'],
        ['UNKNOWN_CHANNEL', 'channel'],
        ['INVALID_EMAIL', 'respondent.email'],
      ],
    ],
  ])('refuses %s', async (_name, change, expected) => {
    const before = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM survey_response`,
    );
    const res = await server.gql(SUBMIT, { input: input(change) }, { token: writerKey });
    const payload = res.data?.submitSurveyResponse;
    expect(payload.response).toBeNull();
    expect(payload.userErrors.map((e: LooseData) => [e.code, e.field])).toEqual(expected);
    expect(payload.userErrors[0].message).toMatch(/./);
    const after = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM survey_response`,
    );
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses a CSAT score outside 1–5', async () => {
    const res = await server.gql(
      SUBMIT,
      { input: input({ surveyId: toGlobalId('Survey', surveys['CSAT-SUPPORT']!), score: 6 }) },
      { token: writerKey },
    );
    expect(res.data?.submitSurveyResponse.userErrors).toMatchObject([
      { code: 'OUT_OF_RANGE', field: 'score' },
    ]);
  });

  it('needs the surveys:write scope', async () => {
    const key = await server.gql(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
      { input: { name: 'reader', scopes: ['surveys:read'] } },
      { token: admin },
    );
    const res = await server.gql(
      SUBMIT,
      { input: input({ score: 3 }) },
      { token: key.data?.createApiKey.key },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('personal data in comments', () => {
  const base11 = '12345678901';
  const myNumber = `${base11}${myNumberCheckDigit(base11)}`;
  const wrongMyNumber = `${base11}${(myNumberCheckDigit(base11) + 1) % 10}`;
  const spaced = `${myNumber.slice(0, 4)} ${myNumber.slice(4, 8)} ${myNumber.slice(8)}`;
  const fullWidth = (s: string) =>
    s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  const cases: [string, string, string][] = [
    [
      'mobile, full-width with ー',
      `携帯は${fullWidth('090')}ー${fullWidth('1234')}ー${fullWidth('5678')}です`,
      '[電話番号]',
    ],
    ['fixed line with −', '代表 03−1234−5678 まで', '[電話番号]'],
    ['IP phone with ‐', '050‐1234‐5678 に', '[電話番号]'],
    ['toll free with －', '０１２０－１２３－４５６ へ', '[電話番号]'],
    ['toll free 0800', '0800-123-4567', '[電話番号]'],
    ['postal code', '〒100-0005 東京都', '[郵便番号]'],
    ['full-width postal code', '〒１００－０００５', '[郵便番号]'],
    ['email', '連絡先 taro.yamada@example.co.jp', '[メールアドレス]'],
    ['My Number', `番号 ${myNumber}`, '[個人番号]'],
    ['spaced My Number', `番号 ${spaced}`, '[個人番号]'],
    ['full-width My Number', `番号 ${fullWidth(myNumber)}`, '[個人番号]'],
  ];
  const ids = new Map<string, string>();

  beforeAll(async () => {
    for (const [name, comment] of [...cases, ['wrong check digit', `注文 ${wrongMyNumber}`]] as [
      string,
      string,
    ][]) {
      const res = await server.gql(
        SUBMIT,
        {
          input: {
            surveyId: toGlobalId('Survey', surveys['NPS-RELATIONSHIP']!),
            customerId: customer.id,
            score: 3,
            comment,
            answeredAt: '2026-09-01T10:00:00+09:00',
            respondent: { name: `回答者 ${name}`, email: 'secret.person@example.org' },
          },
        },
        { token: writerKey },
      );
      ids.set(name, res.data?.submitSurveyResponse.response.id);
    }
  });

  const NODE = `query ($id: ID!) { node(id: $id) { ... on SurveyResponse {
    comment maskedPersonalData respondent { name email } } } }`;

  it.each(cases)('masks %s for an analyst', async (name, comment, placeholder) => {
    const res = await server.gql(NODE, { id: ids.get(name) }, { token: analyst });
    const node = res.data?.node;
    expect(node.comment).toContain(placeholder);
    expect(node.comment).not.toBe(comment);
    expect(node.maskedPersonalData.length).toBe(1);
    expect(node.respondent).toBeNull();
  });

  it('shows the clear text to staff allowed to see personal data', async () => {
    const res = await server.gql(NODE, { id: ids.get('email') }, { token: admin });
    expect(res.data?.node).toEqual({
      comment: '連絡先 taro.yamada@example.co.jp',
      maskedPersonalData: [],
      respondent: { name: '回答者 email', email: 'secret.person@example.org' },
    });
  });

  it('leaves a 12-digit number with a wrong check digit alone', async () => {
    const res = await server.gql(NODE, { id: ids.get('wrong check digit') }, { token: analyst });
    expect(res.data?.node).toMatchObject({
      comment: `注文 ${wrongMyNumber}`,
      maskedPersonalData: [],
    });
  });

  it('never lets an analyst receive personal data, through any field or a search', async () => {
    const res = await server.gql(
      `{ surveyComments(first: 100) { totalCount edges { node { id comment maskedPersonalData
           respondent { name email } customer { name contacts { email phone fullName } } } } }
         byPhone: surveyComments(first: 100, filter: { search: "1234−5678" }) { totalCount }
         byEmail: surveyComments(first: 100, filter: { search: "taro.yamada" }) { totalCount }
         byPlaceholder: surveyComments(first: 100, filter: { search: "[電話番号]" }) { totalCount } }`,
      {},
      { token: analyst },
    );
    const text = JSON.stringify(res);
    for (const secret of [
      '1234ー',
      '03−1234−5678',
      '050‐1234‐5678',
      '０１２０－１２３－４５６',
      '0800-123-4567',
      '100-0005',
      '１００－０００５',
      'taro.yamada',
      'secret.person',
      '回答者',
      myNumber,
      spaced,
      fullWidth(myNumber),
      'taro1@example.co.jp',
    ])
      expect(text).not.toContain(secret);
    expect(res.data?.byPhone.totalCount).toBe(0);
    expect(res.data?.byEmail.totalCount).toBe(0);
    expect(res.data?.byPlaceholder.totalCount).toBe(5);
    expect(res.data?.surveyComments.totalCount).toBeGreaterThanOrEqual(cases.length + 1);
  });

  it('exports CSV with a BOM, masked for an analyst', async () => {
    const res = await fetch(
      `${server.url}/exports/survey-responses.csv?kind=NPS&scoreCategory=DETRACTOR&withComment=true`,
      { headers: { authorization: `Bearer ${analyst}` } },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const lines = text.trim().split('\r\n');
    // Japanese headings by default (test/survey-export.e2e.spec.ts: the columns and the round trip).
    expect(lines[0]).toBe(surveyExportHeader('ja').join(','));
    expect(lines.length - 1).toBe(cases.length + 1);
    expect(text).toContain('[電話番号]');
    // The answers, not the header (回答者名 is a heading).
    const answers = lines.slice(1).join('\n');
    for (const secret of ['taro.yamada', 'secret.person', '回答者', myNumber])
      expect(answers).not.toContain(secret);

    const clear = await fetch(
      `${server.url}/exports/survey-responses.csv?kind=NPS&scoreCategory=DETRACTOR&withComment=true`,
      { headers: { authorization: `Bearer ${admin}` } },
    );
    expect(await clear.text()).toContain('taro.yamada@example.co.jp');
  });

  it.each([
    ['from=2026-02-30', /from must be a date/],
    ['to=last-week', /to must be a date/],
    ['stages=TRIAL,PAYING', /stages must be one of/],
    ['kind=nps', /kind must be one of/],
    ['scoreCategory=HAPPY', /scoreCategory must be one of/],
    ['withComment=yes', /withComment must be one of/],
    ['from=2026-04-01&from=2026-05-01', /from must be given once/],
    ['stages=TRIAL&stages=ACTIVE', /stages must be given once/],
    ['surveyIds=,', /surveyIds must list at least one value/],
    ['scoreMin=11', /scoreMin must be a whole number 0–10/],
    ['scoreMax=-1', /scoreMax must be a whole number 0–10/],
    ['stage=TRIAL', /Unknown parameter stage/],
  ])(
    'refuses an export filtered by %s with 400 instead of exporting more',
    async (query, message) => {
      const res = await fetch(`${server.url}/exports/survey-responses.csv?${query}`, {
        headers: { authorization: `Bearer ${analyst}` },
      });
      expect(res.status).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('BAD_USER_INPUT');
      expect(body.error.message).toMatch(message);
    },
  );

  it('exports by score range like by category (0–6 = detractors)', async () => {
    const rows = async (query: string) => {
      const res = await fetch(`${server.url}/exports/survey-responses.csv?${query}`, {
        headers: { authorization: `Bearer ${analyst}` },
      });
      expect(res.status).toBe(200);
      return (await res.text()).trim().split('\r\n').slice(1).sort();
    };
    const byCategory = await rows('kind=NPS&scoreCategory=DETRACTOR');
    expect(byCategory.length).toBeGreaterThan(0);
    expect(await rows('kind=NPS&scoreMin=0&scoreMax=6')).toEqual(byCategory);
    expect(await rows('kind=NPS&scoreMin=7')).not.toEqual(expect.arrayContaining([byCategory[0]]));
  });

  it('refuses an export without a sign-in', async () => {
    const res = await fetch(`${server.url}/exports/survey-responses.csv`);
    expect(res.status).toBe(401);
  });
});

describe('CSV import', () => {
  const HEADER =
    'survey_code,corporate_number,score,comment,channel,answered_at,respondent_name,respondent_email';

  async function upload(body: Buffer, token = analyst, fileName = 'responses.csv') {
    const res = await fetch(`${server.url}/imports/survey-responses`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'text/csv',
        'x-file-name': encodeURIComponent(fileName),
      },
      body,
    });
    return { status: res.status, body: (await res.json()) as LooseData };
  }

  /** Wait for the import's worker to finish; returns the import as GraphQL shows it. */
  async function finished(id: string): Promise<LooseData> {
    for (let i = 0; i < 100; i++) {
      const res = await server.gql(
        `query ($id: ID!) { surveyImport(id: $id) { status encoding totalRows processedRows
           importedRows duplicateRows errorRows progress failure
           errors { line row code field column message } } }`,
        { id },
        { token: analyst },
      );
      const imp = res.data?.surveyImport;
      if (imp.status === 'DONE' || imp.status === 'FAILED') return imp;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('import did not finish');
  }

  const csv = (corporateNumber: string) =>
    [
      HEADER,
      `NPS-RELATIONSHIP,${corporateNumber},10,サポートが丁寧でした,WEB,2026/10/02 10:00,佐藤 一郎,ichiro@example.co.jp`,
      `CSAT-SUPPORT,${corporateNumber},4,"改行を含む
コメント, カンマも",EMAIL,2026-10-03T09:00:00+09:00,,`,
      `NPS-RELATIONSHIP,${corporateNumber},11,範囲外,WEB,2026/10/04 10:00,,`,
      `NPS-RELATIONSHIP,1234567890123,8,法人番号の誤り,WEB,2026/10/04 10:00,,`,
      `UNKNOWN,${corporateNumber},8,アンケート不明,WEB,2026/10/04 10:00,,`,
      `CES-ONBOARDING,${corporateNumber},５,全角の数字,IN_APP,2026/02/30 10:00,,`,
      `CES-ONBOARDING,${corporateNumber},6,,PHONE,2026/10/05,,bad-email`,
      `CES-ONBOARDING,${corporateNumber},7,良い,PHONE,2026/10/05 12:00,,`,
    ].join('\r\n');

  it('imports a UTF-8 file with BOM, lists each bad row by line, and never duplicates', async () => {
    const file = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(csv(customer.corporateNumber)),
    ]);
    const queued = await upload(file);
    expect(queued.status).toBe(202);
    const result = await finished(queued.body.import.id);
    expect(result).toMatchObject({
      status: 'DONE',
      encoding: 'UTF-8 (BOM)',
      totalRows: 8,
      processedRows: 8,
      importedRows: 3,
      duplicateRows: 0,
      errorRows: 5,
      progress: 1,
      failure: null,
    });
    // The quoted comment spans lines 3–4, so the rows after it start on line 5.
    expect(result.errors.map((e: LooseData) => [e.line, e.code, e.field])).toEqual([
      [5, 'OUT_OF_RANGE', 'score'],
      [6, 'INVALID_CORPORATE_NUMBER', 'corporate_number'],
      [7, 'NOT_FOUND', 'survey_code'],
      [8, 'INVALID_DATE_TIME', 'answered_at'],
      [9, 'INVALID_EMAIL', 'respondent_email'],
    ]);
    expect(result.errors[0].message).toMatch(/範囲外/);
    const [{ comment }] = await server.db.dataSource.query(
      `SELECT comment FROM survey_response WHERE comment LIKE '改行を含む%'`,
    );
    expect(comment).toBe('改行を含む\nコメント, カンマも');

    const again = await finished((await upload(file)).body.import.id);
    expect(again).toMatchObject({ importedRows: 0, duplicateRows: 3, errorRows: 5 });
  });

  it('imports Shift_JIS (what Japanese Excel writes) with Japanese headings', async () => {
    const other = await createTrialCustomer(server);
    const text = [
      'アンケートコード,法人番号,スコア,コメント,回答日時',
      `NPS-RELATIONSHIP,${other.corporateNumber},9,表示が速くて快適です,2026/10/06 15:00`,
      `NPS-RELATIONSHIP,${other.corporateNumber},2,ＩＣカード認証が不安定です,2026/10/07 15:00`,
      `NPS-RELATIONSHIP,${other.corporateNumber},,スコアなし,2026/10/07 15:00`,
    ].join('\r\n');
    const result = await finished(
      (await upload(encodeShiftJis(text), analyst, '回答.csv')).body.import.id,
    );
    expect(result).toMatchObject({
      status: 'DONE',
      encoding: 'Shift_JIS',
      importedRows: 2,
      errorRows: 1,
    });
    expect(result.errors.map((e: LooseData) => [e.line, e.code, e.field])).toEqual([
      [4, 'REQUIRED', 'score'],
    ]);
    const stored: { comment: string }[] = await server.db.dataSource.query(
      `SELECT comment FROM survey_response WHERE customer_id = $1 ORDER BY answered_at`,
      [Buffer.from(other.id, 'base64url').toString().split(':')[1]],
    );
    expect(stored.map((r) => r.comment)).toEqual([
      '表示が速くて快適です',
      'ＩＣカード認証が不安定です',
    ]);
  });

  it('names the row as Excel numbers it, the column as the file does, and who uploaded it', async () => {
    const other = await createTrialCustomer(server);
    // A quoted line break on row 2: Excel shows the next record on row 3, the file's line 4.
    const text = [
      'アンケートコード,法人番号,スコア,コメント,回答日時',
      `NPS-RELATIONSHIP,${other.corporateNumber},9,"二行の
コメント",2026/10/06 15:00`,
      `NPS-RELATIONSHIP,${other.corporateNumber},11,範囲外,2026/10/07 15:00`,
      `NPS-RELATIONSHIP,${other.corporateNumber},8,日付なし,`,
    ].join('\r\n');
    const queued = await upload(Buffer.from(text), analyst, '十月分.csv');
    const result = await finished(queued.body.import.id);
    expect(result.errors.map((e: LooseData) => [e.row, e.line, e.column, e.field])).toEqual([
      [3, 4, 'スコア', 'score'],
      [4, 5, '回答日時', 'answered_at'],
    ]);

    // The history: newest first, with who uploaded which file (as stored) and the counts.
    const history = await server.gql(
      `{ surveyImports(first: 2) { totalCount edges { node { id fileName status uploadedBy
          totalRows importedRows errorRows createdAt } } } }`,
      {},
      { token: analyst },
    );
    expect(history.data!.surveyImports.edges[0].node).toMatchObject({
      id: queued.body.import.id,
      fileName: '十月分.csv',
      status: 'DONE',
      uploadedBy: '伊藤 五月 (analyst)',
      totalRows: 3,
      importedRows: 1,
      errorRows: 2,
    });
    expect(history.data!.surveyImports.totalCount).toBeGreaterThan(1);

    // The audit trail names the analyst, not "system".
    const audit = await server.gql(
      `query ($f: AuditEventFilter) { auditEvents(first: 1, filter: $f) {
         edges { node { actorType actorName after } } } }`,
      { f: { entityId: queued.body.import.id, action: 'surveyImport.completed' } },
      { token: admin },
    );
    expect(audit.data!.auditEvents.edges[0].node).toMatchObject({
      actorType: 'STAFF',
      actorName: '伊藤 五月 (analyst)',
    });
  });

  it('refuses a file without the required columns as a whole', async () => {
    const result = await finished(
      (await upload(Buffer.from('comment,score\nよい,9\n'))).body.import.id,
    );
    expect(result.status).toBe('FAILED');
    expect(result.failure).toMatch(/survey_code/);
    expect(result.importedRows).toBe(0);
  });

  it('refuses an empty upload, and an upload without the surveys:write permission', async () => {
    const empty = await upload(Buffer.alloc(0));
    expect(empty.status).toBe(422);
    expect(empty.body.userErrors[0]).toMatchObject({ code: 'INVALID_FILE', field: 'file' });
    const operator = await server.loginAs('operator1@kizuna.example');
    const forbidden = await upload(Buffer.from(csv(customer.corporateNumber)), operator);
    expect(forbidden.status).toBe(403);
  });

  it('hands a queued import to exactly one of several workers', async () => {
    // Let the uploads above finish first, so that only this import is waiting.
    for (let i = 0; i < 50; i++) {
      const [{ n }] = await server.db.dataSource.query(
        `SELECT count(*)::int AS n FROM survey_import WHERE status IN ('QUEUED', 'RUNNING')`,
      );
      if (n === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const [row]: { id: string }[] = await server.db.dataSource.query(
      `INSERT INTO survey_import (file_name, status, content) VALUES ('race.csv', 'QUEUED', $1)
       RETURNING id::text`,
      [
        Buffer.from(
          `${HEADER}\r\nNPS-RELATIONSHIP,${customer.corporateNumber},7,競合,WEB,2026/10/08 10:00,,`,
        ),
      ],
    );
    const claimed = await Promise.all(
      Array.from({ length: 4 }, () => processNextSurveyImport(server.db.dataSource)),
    );
    expect(claimed.filter((id) => id === row!.id)).toHaveLength(1);
    const [done] = await server.db.dataSource.query(
      `SELECT status, imported_rows, content FROM survey_import WHERE id = $1`,
      [row!.id],
    );
    expect(done).toEqual({ status: 'DONE', imported_rows: 1, content: null });
  });
});

describe('surveys', () => {
  it('lists surveys by kind with their scale, in the caller’s language', async () => {
    const res = await server.gql(
      `{ surveys(first: 10, filter: { kind: CSAT }) { totalCount edges { node { code kind title minScore maxScore } } } }`,
      {},
      { token: analyst, headers: { 'accept-language': 'en' } },
    );
    expect(res.data?.surveys).toEqual({
      totalCount: 1,
      edges: [
        {
          node: {
            code: 'CSAT-SUPPORT',
            kind: 'CSAT',
            title: 'Support satisfaction',
            minScore: 1,
            maxScore: 5,
          },
        },
      ],
    });
  });
});

describe('daily rollup', () => {
  it('gives exactly the figures of the raw responses, after inserts, updates and deletes', async () => {
    const ds = server.db.dataSource;
    // More answers of every kind: seeded in bulk, a plan-less one, late-night Tokyo ones.
    await seedSurveyResponses(ds, { count: 3000, seed: 7 });
    const surveyId = surveys['NPS-RELATIONSHIP']!;
    await insertRawResponses(ds, [
      ...rows(surveyId, [4, 9], { planCode: null, stage: 'CHURNED' }),
      ...rows(surveyId, [10], { answeredAt: '2026-03-31T23:59:59+09:00', planCode: 'BASIC' }),
      ...rows(surveyId, [2], { answeredAt: '2026-04-01T00:00:00+09:00', planCode: 'BASIC' }),
    ]);
    await ds.query(
      `UPDATE survey_response SET score = 10 - score, plan_code = 'STANDARD'
        WHERE id IN (SELECT id FROM survey_response WHERE survey_id = $1 ORDER BY id LIMIT 50)`,
      [surveyId],
    );
    await ds.query(
      `DELETE FROM survey_response WHERE id IN (SELECT id FROM survey_response ORDER BY id DESC LIMIT 40)`,
    );

    const [{ differences }] = await ds.query(
      `WITH raw AS (
         SELECT survey_id, (answered_at AT TIME ZONE 'Asia/Tokyo')::date AS day,
                coalesce(plan_code, '') AS plan_code, stage, score, count(*)::int AS responses
           FROM survey_response GROUP BY 1, 2, 3, 4, 5),
       rollup AS (SELECT survey_id, day, plan_code, stage, score, responses
                    FROM survey_response_daily WHERE responses > 0)
       SELECT count(*)::int AS differences FROM
         ((SELECT * FROM raw EXCEPT SELECT * FROM rollup) UNION ALL
          (SELECT * FROM rollup EXCEPT SELECT * FROM raw)) d`,
    );
    expect(differences).toBe(0);

    const flat = (c: Awaited<ReturnType<typeof countScores>>) => ({
      overall: [...c.overall].sort(),
      groups: [...c.groups].map(([k, m]) => [k, [...m].sort()]),
    });
    const scopes: ReportScope[] = [
      { kind: 'NPS' },
      { kind: 'CSAT' },
      { kind: 'CES' },
      { kind: 'NPS', planCodes: ['BASIC', 'PREMIUM'] },
      { kind: 'NPS', stages: ['ACTIVE', 'CHURNED'] },
      { kind: 'NPS', from: '2025-06-01', to: '2026-03-31' },
      { kind: 'CSAT', from: '2026-04-01', to: '2026-04-01' },
      { kind: 'NPS', surveyIds: [surveyId] },
    ];
    const groupings = [null, ...Object.values(ReportGroupBy)];
    let compared = 0;
    for (const scope of scopes)
      for (const groupBy of groupings) {
        const raw = await countScores(ds, scope, groupBy, 4, 'responses');
        const rollup = await countScores(ds, scope, groupBy, 4, 'rollup');
        expect(flat(rollup)).toEqual(flat(raw));
        compared += raw.overall.size;
      }
    expect(compared).toBeGreaterThan(100);
  });
});

describe('npm run import:responses', () => {
  it('imports a Shift_JIS file from the command line, with progress and the bad rows', async () => {
    const other = await createTrialCustomer(server);
    const dir = mkdtempSync(join(tmpdir(), 'kizuna-import-'));
    const file = join(dir, '回答.csv');
    writeFileSync(
      file,
      encodeShiftJis(
        [
          'アンケートコード,法人番号,スコア,回答日時,コメント',
          `CSAT-SUPPORT,${other.corporateNumber},5,2026/10/09 11:00,丁寧な対応でした`,
          `CSAT-SUPPORT,${other.corporateNumber},9,2026/10/09 11:00,範囲外`,
        ].join('\r\n'),
      ),
    );
    const cli = join(__dirname, '..', 'dist', 'cli', 'import-responses.js');
    const run = () =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const child = spawn(process.execPath, [cli, '回答.csv'], {
          env: { ...process.env, DATABASE_URL: server.db.url, INIT_CWD: dir, LANG: 'en_US.UTF-8' },
        });
        let out = '';
        child.stdout.on('data', (d) => (out += d));
        child.stderr.on('data', (d) => (out += d));
        child.on('exit', (code) => resolve({ code, out }));
      });
    const first = await run();
    expect(first.out).toContain(
      '回答.csv (Shift_JIS): 2 rows — 1 imported, 0 already there, 1 refused.',
    );
    expect(first.out).toMatch(/line 3 \[score\]: The value is out of range \(9\)\./);
    expect(first.out).toContain('[##############################] 2 / 2');
    expect(first.code).toBe(3);
    const second = await run();
    expect(second.out).toContain('0 imported, 1 already there, 1 refused.');
  });
});

import { seedSurveys } from '../src/features/demo/demo-surveys';
import { fromGlobalId, toGlobalId } from '../src/graphql/relay';
import { createTrialCustomer } from './helpers/factories';
import { insertRawResponses, surveyIds } from './helpers/surveys';
import { startTestServer, type TestServer } from './helpers/test-server';

/**
 * The lists a customer's page links to, narrowed to that customer by its global id (the admin
 * reads it from `?customer=`): near-misses, survey answers and the survey reports.
 */
let server: TestServer;
let ours: { id: string };
let theirs: { id: string };
beforeAll(async () => {
  server = await startTestServer();
  ours = await createTrialCustomer(server);
  theirs = await createTrialCustomer(server);
});
afterAll(() => server.close());

/** An id of another type, or one that is no id at all, matches nothing: never the whole list. */
const NOT_A_CUSTOMER = [toGlobalId('Survey', '00000000-0000-4000-8000-000000000000'), 'nonsense'];

describe('nearMisses(filter: { customerId })', () => {
  const LIST = `query ($filter: NearMissFilter) {
    nearMisses(first: 50, filter: $filter) { totalCount edges { node { description customer { id } } } } }`;

  beforeAll(async () => {
    const operator = await server.loginAs('operator1@kizuna.example');
    for (const [customer, description] of [
      [ours, '請求先の入力ミス'],
      [ours, '開始日の取り違え'],
      [theirs, 'プランの取り違え'],
    ] as const) {
      const res = await server.gql(
        `mutation ($input: RecordNearMissInput!) { recordNearMiss(input: $input) { userErrors { code } } }`,
        { input: { kind: 'NEAR_MISS', description, customerId: customer.id } },
        { token: operator },
      );
      expect(res.data?.recordNearMiss.userErrors).toEqual([]);
    }
  });

  it('lists only the near-misses of that customer, with the other filters', async () => {
    const analyst = await server.loginAs('analyst@kizuna.example');
    const list = async (filter: object) =>
      (await server.gql(LIST, { filter }, { token: analyst })).data?.nearMisses;
    const all = await list({});
    expect(all.totalCount).toBe(3);
    const mine = await list({ customerId: ours.id });
    expect(mine.totalCount).toBe(2);
    expect(
      mine.edges.map((e: { node: { customer: { id: string } } }) => e.node.customer.id),
    ).toEqual([ours.id, ours.id]);
    expect((await list({ customerId: ours.id, kind: 'INCIDENT' })).totalCount).toBe(0);
    for (const customerId of NOT_A_CUSTOMER)
      expect((await list({ customerId })).totalCount).toBe(0);
  });
});

describe('survey answers and reports of one customer', () => {
  beforeAll(async () => {
    await seedSurveys(server.db.dataSource);
    const surveyId = (await surveyIds(server.db.dataSource))['NPS-RELATIONSHIP']!;
    const dbId = (c: { id: string }) => fromGlobalId(c.id)!.id;
    await insertRawResponses(server.db.dataSource, [
      {
        surveyId,
        customerId: dbId(ours),
        score: 10,
        answeredAt: '2026-11-02T01:00:00Z',
        comment: '導入支援が手厚い',
      },
      {
        surveyId,
        customerId: dbId(ours),
        score: 3,
        answeredAt: '2026-11-03T01:00:00Z',
        comment: '動作が遅い',
      },
      {
        surveyId,
        customerId: dbId(theirs),
        score: 9,
        answeredAt: '2026-11-04T01:00:00Z',
        comment: '画面が見やすい',
      },
      { surveyId, customerId: dbId(theirs), score: 8, answeredAt: '2026-11-05T01:00:00Z' },
    ]);
  });

  it('lists only that customer’s answers, and reports on them alone', async () => {
    const analyst = await server.loginAs('analyst@kizuna.example');
    const res = await server.gql(
      `query ($comments: SurveyCommentFilter, $report: SurveyReportFilter) {
        surveyComments(first: 50, filter: $comments) { totalCount edges { node { comment customer { id } } } }
        npsReport(filter: $report) { responses promoters detractors } }`,
      {
        comments: { kind: 'NPS', customerIds: [ours.id] },
        report: { customerIds: [ours.id] },
      },
      { token: analyst },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.surveyComments.totalCount).toBe(2);
    expect(
      new Set(
        res.data?.surveyComments.edges.map(
          (e: { node: { customer: { id: string } } }) => e.node.customer.id,
        ),
      ),
    ).toEqual(new Set([ours.id]));
    expect(res.data?.npsReport).toEqual({ responses: 2, promoters: 1, detractors: 1 });
    for (const id of NOT_A_CUSTOMER) {
      const none = await server.gql(
        `query ($filter: SurveyCommentFilter) { surveyComments(first: 50, filter: $filter) { totalCount } }`,
        { filter: { customerIds: [id] } },
        { token: analyst },
      );
      expect(none.data?.surveyComments.totalCount).toBe(0);
    }
  });
});

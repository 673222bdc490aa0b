import { isoDateJst, ManualClock } from '@kizuna/domain';
import { runDueContractWork } from '../src/features/contract-time/contract-time.worker';
import { seedSurveys } from '../src/features/demo/demo-surveys';
import { runHealthPass } from '../src/features/health/health.worker';
import { createTrialCustomer } from './helpers/factories';
import { APPROVE, REQUEST_CONVERSION } from './helpers/provisioning';
import { surveyIds } from './helpers/surveys';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

/**
 * Segmentation (ADR 0022): the 9-cell map with its moves since last month, a cell's customers,
 * the analyst summary, and the touch model with staff's override, through the real schema.
 *
 * The map's scenario (read-only for the tests that use it), at the end of May 2027 and then on
 * 2 June, after the May history was closed:
 *
 *   T1  trial, one promoter             TRIAL·PROMOTER    → converted: RENEWAL·PROMOTER
 *   T2  trial, no NPS                   TRIAL·NO_NPS      → stays
 *   M1  monthly contract, a detractor   RENEWAL·DETRACTOR → stays (renews within 90 days)
 *   Y1  annual contract, a passive      ACTIVE·PASSIVE    → a second respondent, a detractor
 *                                                           (NPS −50): ACTIVE·DETRACTOR
 *   L   a lead                          not on the map
 */
const clock = new ManualClock('2027-05-10T10:00:00+09:00');
let server: TestServer;
let operator: string;
let analyst: string;
let surveys: Record<string, string>;
const ids = new Map<string, string>();

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

async function gql(query: string, variables: Record<string, unknown> = {}, token = operator) {
  const res = await server.gql(query, variables, { token });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function at(instant: string) {
  clock.set(instant);
  await runDueContractWork(server.db.dataSource, clock);
}

async function convertToday(customerId: string, contractTerm: 'MONTHLY' | 'ANNUAL') {
  const effectiveDate = isoDateJst(clock.now());
  const proposal = { planCode: 'STANDARD', optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'] };
  const drafted = await gql(REQUEST_CONVERSION, {
    input: { customerId, effectiveDate, contractTerm, ...proposal },
  });
  const request = drafted.requestConversion.request;
  const approved = await gql(
    APPROVE,
    {
      input: {
        requestId: request.id,
        version: request.version,
        confirmation: { ...proposal, effectiveDate, contractTerm },
      },
    },
    await server.loginAs('checker1@kizuna.example'),
  );
  expect(approved.approveProvisioningRequest.request.status).toBe('APPLIED');
}

async function npsAnswer(customerId: string, score: number, email: string) {
  const ds = server.db.dataSource;
  const [row]: { id: string }[] = await ds.query(
    `INSERT INTO survey_response (survey_id, customer_id, score, channel, answered_at, stage, dedupe_key)
     VALUES ($1, $2, $3, 'EMAIL', $4, 'ACTIVE', gen_random_uuid()::text) RETURNING id`,
    [surveys['NPS-RELATIONSHIP'], dbId(customerId), score, clock.now()],
  );
  await ds.query(`INSERT INTO survey_respondent (response_id, email) VALUES ($1, $2)`, [
    row!.id,
    email,
  ]);
}

let leads = 0;
async function createLead(name: string) {
  leads += 1;
  const data = await gql(
    `mutation ($input: CreateLeadInput!) { createLead(input: $input) { customer { id } } }`,
    { input: { name, contact: { familyName: '高橋', email: `lead${leads}@lead.example.co.jp` } } },
  );
  return data.createLead.customer.id as string;
}

async function updateProfile(customerId: string, profile: Record<string, unknown>) {
  const { customer } = await gql(`query ($id: ID!) { customer(id: $id) { version } }`, {
    id: customerId,
  });
  const data = await gql(
    `mutation ($input: UpdateCustomerInput!) { updateCustomer(input: $input) { userErrors { code field } } }`,
    { input: { customerId, version: customer.version, ...profile } },
  );
  expect(data.updateCustomer.userErrors).toEqual([]);
}

const SET_TOUCH = `mutation ($input: SetTouchModelInput!) { setTouchModel(input: $input) {
  customer { touchModel touchModelAssessment { derived override { touchModel reason setBy } } } userErrors { code field } } }`;
const CLEAR_TOUCH = `mutation ($input: ClearTouchModelOverrideInput!) { clearTouchModelOverride(input: $input) {
  customer { touchModel touchModelAssessment { override { touchModel } } } userErrors { code field } } }`;

beforeAll(async () => {
  server = await startTestServer({ clock });
  await seedSurveys(server.db.dataSource);
  surveys = await surveyIds(server.db.dataSource);
  operator = await server.loginAs('operator1@kizuna.example');
  analyst = await server.loginAs('analyst@kizuna.example');

  await at('2027-05-10T10:00:00+09:00');
  for (const name of ['T1', 'T2', 'M1', 'Y1'])
    ids.set(name, (await createTrialCustomer(server, { name: `株式会社セグメント${name}` })).id);
  ids.set('L', await createLead('株式会社セグメントL'));
  await convertToday(ids.get('M1')!, 'MONTHLY');
  await convertToday(ids.get('Y1')!, 'ANNUAL');
  await npsAnswer(ids.get('T1')!, 10, 't1@example.co.jp');
  await npsAnswer(ids.get('M1')!, 3, 'm1@example.co.jp');
  await npsAnswer(ids.get('Y1')!, 8, 'y1@example.co.jp');
  // Profiles for the touch-model split (defaults: ≥ 10億 high, < 1億 tech, else low).
  await updateProfile(ids.get('M1')!, { annualRevenueYen: 2_000_000_000 });
  await updateProfile(ids.get('Y1')!, { annualRevenueYen: 50_000_000 });
  await gql(SET_TOUCH, {
    input: { customerId: ids.get('T2'), touchModel: 'HIGH_TOUCH', reason: '全社展開の候補' },
  });
  await at('2027-05-31T12:00:00+09:00');
  await runHealthPass(server.db.dataSource, clock);

  await at('2027-06-02T10:00:00+09:00');
  await convertToday(ids.get('T1')!, 'MONTHLY');
  await npsAnswer(ids.get('Y1')!, 2, 'y1-cfo@example.co.jp');
  await runHealthPass(server.db.dataSource, clock);
}, 60_000);
afterAll(() => server.close());

const MAP = `{ customerSegmentMap { comparedWith cells { stage npsBand customers movedIn movedOut } } }`;

describe('customerSegmentMap', () => {
  it('counts customers per cell with the moves since the end of last month', async () => {
    const { customerSegmentMap: map } = await gql(MAP, {}, analyst);
    expect(map.comparedWith).toBe('2027-05');
    expect(map.cells).toHaveLength(12);
    const nonEmpty = map.cells
      .filter((c: LooseData) => c.customers + c.movedIn + c.movedOut > 0)
      .map((c: LooseData) => [`${c.stage}·${c.npsBand}`, c.customers, c.movedIn, c.movedOut]);
    expect(nonEmpty).toEqual([
      ['TRIAL·PROMOTER', 0, 0, 1],
      ['TRIAL·NO_NPS', 1, 0, 0],
      ['ACTIVE·PASSIVE', 0, 0, 1],
      ['ACTIVE·DETRACTOR', 1, 1, 0],
      ['RENEWAL·PROMOTER', 1, 1, 0],
      ['RENEWAL·DETRACTOR', 1, 0, 0],
    ]);
  });

  it('lists the customers of a cell', async () => {
    const LIST = `query ($filter: CustomerFilter) { customers(first: 10, filter: $filter) { edges { node { id } } } }`;
    const cell = async (stage: string, npsBand: string) =>
      (await gql(LIST, { filter: { segment: { stage, npsBand } } })).customers.edges.map(
        (e: LooseData) => [...ids].find(([, id]) => id === e.node.id)?.[0],
      );
    expect(await cell('TRIAL', 'NO_NPS')).toEqual(['T2']);
    expect(await cell('RENEWAL', 'PROMOTER')).toEqual(['T1']);
    expect(await cell('ACTIVE', 'DETRACTOR')).toEqual(['Y1']);
    expect(await cell('TRIAL', 'PROMOTER')).toEqual([]);
  });
});

describe('customerHealthSummary', () => {
  it('splits customers in trial or under contract by band and by touch model', async () => {
    const { customerHealthSummary: s } = await gql(
      `{ customerHealthSummary { bands { band customers } unscored touchModels { touchModel customers overridden }
          scoreHistogram { from customers } } }`,
      {},
      analyst,
    );
    // T1 80 and T2 100 (open issues only); Y1 62.5 (NPS −50); M1 22.7 (NPS −100, renewing in 8 days)
    expect(s.bands).toEqual([
      { band: 'GOOD', customers: 2 },
      { band: 'WATCH', customers: 1 },
      { band: 'AT_RISK', customers: 1 },
    ]);
    expect(s.unscored).toBe(0);
    // Ten buckets, empty ones included; 100 (T2) falls in the last.
    expect(s.scoreHistogram.map((b: LooseData) => b.from)).toEqual([
      0, 10, 20, 30, 40, 50, 60, 70, 80, 90,
    ]);
    expect(
      s.scoreHistogram
        .filter((b: LooseData) => b.customers > 0)
        .map((b: LooseData) => [b.from, b.customers]),
    ).toEqual([
      [20, 1],
      [60, 1],
      [80, 1],
      [90, 1],
    ]);
    expect(s.touchModels).toEqual([
      // M1 by revenue (20億); T2 set by hand
      { touchModel: 'HIGH_TOUCH', customers: 2, overridden: 1 },
      // T1: revenue unknown
      { touchModel: 'LOW_TOUCH', customers: 1, overridden: 0 },
      // Y1: 5,000万円
      { touchModel: 'TECH_TOUCH', customers: 1, overridden: 0 },
    ]);
  });
});

describe('touch model', () => {
  const TOUCH = `query ($id: ID!) { customer(id: $id) { touchModel touchModelAssessment {
    touchModel derived reason unknownFields override { touchModel reason setBy } } } }`;

  it('is derived from the profile, set by staff with a reason (audited without it) and cleared', async () => {
    const id = await createLead('株式会社タッチモデル');
    await updateProfile(id, { annualRevenueYen: 500_000_000, engagement: 'HIGH' });
    expect((await gql(TOUCH, { id })).customer).toEqual({
      touchModel: 'HIGH_TOUCH',
      touchModelAssessment: {
        touchModel: 'HIGH_TOUCH',
        derived: 'HIGH_TOUCH',
        reason: '年商 ￥500,000,000（￥300,000,000 以上）でエンゲージメントが高い。不明：流動比率',
        unknownFields: ['currentRatio'],
        override: null,
      },
    });

    const blank = await gql(SET_TOUCH, {
      input: { customerId: id, touchModel: 'TECH_TOUCH', reason: '  ' },
    });
    expect(blank.setTouchModel.userErrors).toEqual([{ code: 'REQUIRED', field: 'reason' }]);
    const checker = await server.gql(
      SET_TOUCH,
      { input: { customerId: id, touchModel: 'TECH_TOUCH', reason: '予算縮小' } },
      { token: await server.loginAs('checker1@kizuna.example') },
    );
    expect(checker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const set = await gql(SET_TOUCH, {
      input: {
        customerId: id,
        touchModel: 'TECH_TOUCH',
        reason: '予算縮小のためセルフサービス中心',
      },
    });
    expect(set.setTouchModel).toEqual({
      customer: {
        touchModel: 'TECH_TOUCH',
        touchModelAssessment: {
          derived: 'HIGH_TOUCH',
          override: {
            touchModel: 'TECH_TOUCH',
            reason: '予算縮小のためセルフサービス中心',
            setBy: expect.any(String),
          },
        },
      },
      userErrors: [],
    });
    const audit = await server.db.dataSource.query(
      `SELECT action, before, after FROM audit_event WHERE entity_id = $1 AND action LIKE 'customer.touchModel%' ORDER BY id`,
      [dbId(id)],
    );
    expect(audit).toEqual([
      {
        action: 'customer.touchModelSet',
        before: { overriddenTouchModel: null },
        after: { overriddenTouchModel: 'TECH_TOUCH', reasonGiven: true },
      },
    ]);

    const cleared = await gql(CLEAR_TOUCH, { input: { customerId: id } });
    expect(cleared.clearTouchModelOverride).toEqual({
      customer: { touchModel: 'HIGH_TOUCH', touchModelAssessment: { override: null } },
      userErrors: [],
    });
    const again = await gql(CLEAR_TOUCH, { input: { customerId: id } });
    expect(again.clearTouchModelOverride.userErrors).toEqual([
      { code: 'NO_CHANGE', field: 'customerId' },
    ]);
  });

  it('follows the thresholds and says so when nothing is known', async () => {
    const id = await createLead('株式会社タッチモデル不明');
    const { customer } = await gql(TOUCH, { id }, analyst);
    expect(customer.touchModelAssessment).toMatchObject({
      touchModel: 'LOW_TOUCH',
      unknownFields: ['annualRevenueYen', 'currentRatio', 'engagement'],
    });
    await updateProfile(id, { currentRatio: 0.8 });
    expect((await gql(TOUCH, { id })).customer.touchModel).toBe('TECH_TOUCH');
  });
});

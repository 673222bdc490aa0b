import { isoDateJst, ManualClock } from '@kizuna/domain';
import { runDueContractWork } from '../src/features/contract-time/contract-time.worker';
import { EVENT_TYPES } from '../src/features/events/event-types';
import { enqueueOutbox } from '../src/features/outbox/outbox.service';
import { seedSurveys } from '../src/features/demo/demo-surveys';
import {
  processNextSurveyImport,
  queueSurveyImport,
} from '../src/features/surveys/survey-import.service';
import { encodeCursor, toGlobalId } from '../src/graphql/relay';
import { trialInput } from './helpers/factories';
import {
  APPROVE,
  REJECT,
  REQUEST_CANCELLATION,
  REQUEST_CONVERSION,
  REQUEST_OPTION_CHANGE,
  REQUEST_PLAN_CHANGE,
  RESUBMIT,
  RETURN,
  WITHDRAW,
} from './helpers/provisioning';
import { surveyIds } from './helpers/surveys';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

// Monday 2027-03-01 09:00 in Tokyo. Tests move this clock; none sleeps for time to pass.
const START = '2027-03-01T09:00:00+09:00';
const clock = new ManualClock(START);
let server: TestServer;
let reader: string; // an API key with events:read
let otherKey: string; // an API key without it
let surveys: Record<string, string>;

const OPERATOR = 'operator1@kizuna.example';
const CHECKER = 'checker1@kizuna.example';
const OTHER_CHECKER = 'checker2@kizuna.example';

beforeAll(async () => {
  server = await startTestServer({ clock });
  await seedSurveys(server.db.dataSource);
  surveys = await surveyIds(server.db.dataSource);
  const admin = await server.loginAs('admin@kizuna.example');
  const key = async (scopes: string[]) => {
    const res = await server.gql(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { code } } }`,
      { input: { name: `integrator ${scopes.join(' ')}`, scopes } },
      { token: admin },
    );
    const created = res.data?.createApiKey.key as string | undefined;
    if (!created) throw new Error(JSON.stringify(res));
    return created;
  };
  reader = await key(['events:read']);
  otherKey = await key(['customers:read', 'surveys:write']);
});
afterAll(() => server?.close());
beforeEach(() => clock.set(START));

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
const today = () => isoDateJst(clock.now());
const plusDays = (days: number) => isoDateJst(new Date(clock.now().getTime() + days * 86_400_000));

async function gqlOk(query: string, variables: Record<string, unknown>, who: string) {
  const res = await server.gql(query, variables, { token: await server.loginAs(who) });
  if (!res.data || res.errors) throw new Error(JSON.stringify(res));
  return res.data;
}

/** The mutation's payload (its only root field), with no userErrors. */
async function mutate(query: string, input: Record<string, unknown>, who: string) {
  const data = await gqlOk(query, { input }, who);
  const payload = Object.values(data)[0] as LooseData;
  expect(payload.userErrors).toEqual([]);
  return payload;
}

interface StoredEvent {
  type: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  tx_id: string;
}

// Personal data and people's own words the tests type in: none may reach an event.
const NOTE = '担当の佐々木さんから電話で依頼';
const PERSONAL_WORDS = ['山田', '太郎', 'ヤマダ', 'タロウ', '03-1234-5678', '佐々木', '株式会社'];

function expectNoPersonalData(events: readonly StoredEvent[], personal: readonly string[] = []) {
  const text = JSON.stringify(events.map((e) => e.payload));
  for (const value of [...PERSONAL_WORDS, ...personal]) expect(text).not.toContain(value);
  expect(text).not.toMatch(/@example\.co\.jp/);
}

/**
 * The events an action wrote, in log order; each one in one transaction (all of them share
 * it), none holding personal data, and each at the clock's time.
 */
async function eventsOf(action: () => Promise<unknown>, personal: readonly string[] = []) {
  const [{ last }] = await server.db.dataSource.query(
    `SELECT coalesce(max(seq), 0)::text AS last FROM outbox_event`,
  );
  await action();
  const events: StoredEvent[] = await server.db.dataSource.query(
    `SELECT type, payload, occurred_at, tx_id::text FROM outbox_event WHERE seq > $1 ORDER BY tx_id, seq`,
    [last],
  );
  expect(new Set(events.map((e) => e.tx_id)).size).toBeLessThanOrEqual(1);
  for (const e of events) expect(e.occurred_at).toEqual(clock.now());
  expectNoPersonalData(events, personal);
  return events;
}

const typesOf = (events: readonly StoredEvent[]) => events.map((e) => e.type);
const one = (events: readonly StoredEvent[], type: string) => {
  const found = events.filter((e) => e.type === type);
  expect(found).toHaveLength(1);
  return found[0]!.payload;
};

/**
 * Whether the event's transaction is the one that last wrote the row (xmin is its xid, mod
 * 2^32). Not for rows written under a savepoint (applying a request): they carry its subxid.
 */
async function writtenTogether(event: StoredEvent, table: string, globalId: string) {
  const [row] = await server.db.dataSource.query(
    `SELECT xmin::text AS xmin FROM ${table} WHERE id = $1`,
    [dbId(globalId)],
  );
  return String(BigInt(event.tx_id) % 2n ** 32n) === row.xmin;
}

const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) {
  customer { id } userErrors { code field } } }`;
const START_TRIAL = `mutation ($input: StartTrialInput!) { startTrial(input: $input) {
  customer { id corporateNumber } userErrors { code field } } }`;
const request = `request { id version status } userErrors { code field }`;
const EXTEND = `mutation ($input: RequestTrialExtensionInput!) { requestTrialExtension(input: $input) { ${request} } }`;
const SECOND_TRIAL = `mutation ($input: RequestSecondTrialInput!) { requestSecondTrial(input: $input) { ${request} } }`;
const REACTIVATE = `mutation ($input: RequestReactivationInput!) { requestReactivation(input: $input) { ${request} } }`;
const ERASE = `mutation ($input: RequestErasureInput!) { requestErasure(input: $input) { ${request} } }`;
const ASK_WITHDRAWAL = `mutation ($input: RequestScheduledChangeWithdrawalInput!) {
  requestScheduledChangeWithdrawal(input: $input) { ${request} } }`;
const CONFIRM_WITHDRAWAL = `mutation ($input: ConfirmScheduledChangeWithdrawalInput!) {
  confirmScheduledChangeWithdrawal(input: $input) { ${request} } }`;
const SUBMIT_RESPONSE = `mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) {
  duplicate response { id } userErrors { code field } } }`;
const FEE = `query ($id: ID!) { customer(id: $id) { subscription { id monthlyFee { excludingTax tax includingTax } } } }`;

async function approve(
  req: { id: string; version: number },
  confirmation: LooseData,
  who = CHECKER,
) {
  const data = await gqlOk(
    APPROVE,
    { input: { requestId: req.id, version: req.version, confirmation } },
    who,
  );
  return data.approveProvisioningRequest as LooseData;
}

async function newTrial() {
  const input = trialInput();
  const started = await mutate(START_TRIAL, input, OPERATOR);
  return started.customer as { id: string; corporateNumber: string };
}

const CONVERSION = { planCode: 'STANDARD', optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'] };

async function convertToday(customerId: string) {
  const drafted = await mutate(
    REQUEST_CONVERSION,
    { customerId, ...CONVERSION, effectiveDate: today() },
    OPERATOR,
  );
  await approve(drafted.request, { ...CONVERSION, effectiveDate: today() });
}

describe('events of state changes', () => {
  it('writes lead, trial, extension, expiry and second trial events with their own data', async () => {
    const lead = await eventsOf(() => mutate(CREATE_LEAD, trialInput(), OPERATOR));
    expect(typesOf(lead)).toEqual(['customer.lead_created']);
    const customerId = lead[0]!.payload.customerId as string;
    expect(lead[0]!.payload).toEqual({ customerId });
    expect(await writtenTogether(lead[0]!, 'customer', customerId)).toBe(true);

    const trial = await eventsOf(() => mutate(START_TRIAL, { customerId }, OPERATOR));
    expect(typesOf(trial)).toEqual(['customer.trial_started']);
    expect(one(trial, 'customer.trial_started')).toEqual({
      customerId,
      subscriptionId: expect.any(String),
      provisioningRequestId: null,
      trialNumber: 1,
      planCode: 'PREMIUM',
      optionCodes: expect.arrayContaining(['STORAGE_2TB']),
      trialEndsAt: '2027-03-31T00:00:00.000Z',
    });
    expect(await writtenTogether(trial[0]!, 'customer', customerId)).toBe(true);

    let extension: LooseData = {};
    const asked = await eventsOf(async () => {
      extension = await mutate(EXTEND, { customerId, days: 5, reason: NOTE }, OPERATOR);
    });
    expect(typesOf(asked)).toEqual(['provisioning_request.submitted']);
    expect(one(asked, 'provisioning_request.submitted')).toEqual({
      provisioningRequestId: extension.request.id,
      customerId,
      kind: 'TRIAL_EXTENSION',
      version: 1,
      effectiveDate: '2027-03-01',
    });
    const extended = await eventsOf(() =>
      approve(extension.request, { trialEndsOn: '2027-04-05' }),
    );
    expect(typesOf(extended)).toEqual([
      'provisioning_request.approved',
      'customer.trial_extended',
      'provisioning_request.applied',
    ]);
    expect(one(extended, 'customer.trial_extended')).toMatchObject({
      customerId,
      provisioningRequestId: extension.request.id,
      extendedDays: 5,
      trialEndsAtBefore: '2027-03-31T00:00:00.000Z',
      trialEndsAt: '2027-04-05T00:00:00.000Z',
    });

    clock.set('2027-04-05T09:00:00+09:00');
    const expired = await eventsOf(() => runDueContractWork(server.db.dataSource, clock));
    expect(typesOf(expired)).toEqual(['customer.trial_expired']);
    expect(one(expired, 'customer.trial_expired')).toMatchObject({
      customerId,
      subscriptionId: trial[0]!.payload.subscriptionId,
      trialEndedAt: '2027-04-05T00:00:00.000Z',
      removedOptionCodes: expect.arrayContaining(['STORAGE_2TB']),
    });

    let second: LooseData = {};
    await eventsOf(async () => {
      second = await mutate(SECOND_TRIAL, { customerId, reason: NOTE }, OPERATOR);
    });
    const restarted = await eventsOf(() =>
      approve(second.request, { effectiveDate: '2027-04-05' }),
    );
    expect(typesOf(restarted)).toEqual([
      'provisioning_request.approved',
      'subscription.changed',
      'customer.trial_started',
      'provisioning_request.applied',
    ]);
    expect(one(restarted, 'customer.trial_started')).toMatchObject({
      customerId,
      provisioningRequestId: second.request.id,
      trialNumber: 2,
      planCode: 'PREMIUM',
      trialEndsAt: '2027-05-05T00:00:00.000Z',
    });
  });

  it('follows a request through return, mismatch and resubmissions, with fees before and after', async () => {
    const customer = await newTrial();
    let drafted: LooseData = {};
    const submitted = await eventsOf(async () => {
      drafted = await mutate(
        REQUEST_CONVERSION,
        { customerId: customer.id, ...CONVERSION, effectiveDate: today() },
        OPERATOR,
      );
    });
    expect(typesOf(submitted)).toEqual(['provisioning_request.submitted']);
    const req = drafted.request as { id: string; version: number };
    expect(await writtenTogether(submitted[0]!, 'provisioning_request', req.id)).toBe(true);

    const returned = await eventsOf(() =>
      mutate(RETURN, { requestId: req.id, reason: NOTE }, CHECKER),
    );
    expect(typesOf(returned)).toEqual(['provisioning_request.returned']);
    expect(one(returned, 'provisioning_request.returned')).toMatchObject({
      provisioningRequestId: req.id,
      version: 1,
      mismatchedFields: [],
    });

    const resubmitted = await eventsOf(() =>
      mutate(RESUBMIT, { requestId: req.id, version: 1, note: NOTE }, OPERATOR),
    );
    expect(typesOf(resubmitted)).toEqual(['provisioning_request.submitted']);
    expect(one(resubmitted, 'provisioning_request.submitted')).toMatchObject({ version: 2 });

    // The confirming checker mistypes the plan: returned, naming the field, never its values.
    const mismatch = await eventsOf(() =>
      approve(
        { id: req.id, version: 2 },
        { ...CONVERSION, planCode: 'PREMIUM', effectiveDate: today() },
        OTHER_CHECKER,
      ),
    );
    expect(typesOf(mismatch)).toEqual(['provisioning_request.returned']);
    expect(one(mismatch, 'provisioning_request.returned')).toMatchObject({
      version: 2,
      mismatchedFields: ['planCode'],
    });

    await mutate(RESUBMIT, { requestId: req.id, version: 2 }, OPERATOR);
    const applied = await eventsOf(() =>
      approve(
        { id: req.id, version: 3 },
        { ...CONVERSION, effectiveDate: today() },
        'admin@kizuna.example',
      ),
    );
    expect(typesOf(applied)).toEqual([
      'provisioning_request.approved',
      'subscription.changed',
      'customer.converted',
      'provisioning_request.applied',
    ]);
    const shown = await gqlOk(FEE, { id: customer.id }, OPERATOR);
    const subscription = shown.customer.subscription;
    expect(one(applied, 'subscription.changed')).toEqual({
      customerId: customer.id,
      subscriptionId: subscription.id,
      provisioningRequestId: req.id,
      kind: 'CONVERSION',
      effectiveDate: today(),
      before: {
        status: 'TRIAL',
        planCode: 'PREMIUM',
        optionCodes: expect.any(Array),
        monthlyFee: { excludingTax: 0, tax: 0, includingTax: 0 },
      },
      after: {
        status: 'ACTIVE',
        planCode: 'STANDARD',
        optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
        monthlyFee: subscription.monthlyFee,
      },
    });
    expect(subscription.monthlyFee.includingTax).toBeGreaterThan(0);
    expect(one(applied, 'customer.converted')).toEqual({
      customerId: customer.id,
      subscriptionId: subscription.id,
      provisioningRequestId: req.id,
      effectiveDate: today(),
      ...CONVERSION,
    });
  });

  it('schedules, withdraws and applies dated changes, and fails one whose subscription moved', async () => {
    const customer = await newTrial();
    await convertToday(customer.id);

    // A plan change for tomorrow, withdrawn by two people before its date.
    const plan = await mutate(
      REQUEST_PLAN_CHANGE,
      { customerId: customer.id, planCode: 'PREMIUM', effectiveDate: plusDays(1) },
      OPERATOR,
    );
    const scheduled = await eventsOf(() =>
      approve(plan.request, { ...CONVERSION, planCode: 'PREMIUM', effectiveDate: plusDays(1) }),
    );
    expect(typesOf(scheduled)).toEqual([
      'provisioning_request.approved',
      'provisioning_request.scheduled',
    ]);
    expect(one(scheduled, 'provisioning_request.scheduled')).toMatchObject({
      effectiveDate: plusDays(1),
    });
    expect(await writtenTogether(scheduled[1]!, 'provisioning_request', plan.request.id)).toBe(
      true,
    );
    const asked = await eventsOf(
      () => mutate(ASK_WITHDRAWAL, { requestId: plan.request.id, reason: NOTE }, OPERATOR),
      [NOTE],
    );
    expect(asked).toEqual([]);
    const withdrawn = await eventsOf(() =>
      mutate(CONFIRM_WITHDRAWAL, { requestId: plan.request.id }, CHECKER),
    );
    expect(typesOf(withdrawn)).toEqual(['provisioning_request.withdrawn']);

    // An option change for tomorrow, applied by the contract clock at 00:00 JST.
    const options = await mutate(
      REQUEST_OPTION_CHANGE,
      {
        customerId: customer.id,
        optionCodes: ['MFA_PASSWORD', 'MFA_HARDWARE_KEY'],
        effectiveDate: plusDays(1),
      },
      OPERATOR,
    );
    await approve(options.request, {
      planCode: 'STANDARD',
      optionCodes: ['MFA_PASSWORD', 'MFA_HARDWARE_KEY'],
      effectiveDate: plusDays(1),
    });
    // And a cancellation for the day after, which that change will leave stale.
    const cancel = await mutate(
      REQUEST_CANCELLATION,
      {
        customerId: customer.id,
        churnReason: 'PRICE',
        churnNote: NOTE,
        effectiveDate: plusDays(2),
      },
      OPERATOR,
    );
    await approve(cancel.request, { effectiveDate: plusDays(2) });

    clock.set('2027-03-02T00:00:00+09:00');
    const applied = await eventsOf(() => runDueContractWork(server.db.dataSource, clock));
    expect(typesOf(applied)).toEqual(['subscription.changed', 'provisioning_request.applied']);
    expect(one(applied, 'subscription.changed')).toMatchObject({
      kind: 'OPTION_CHANGE',
      before: { optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'] },
      after: { optionCodes: ['MFA_HARDWARE_KEY', 'MFA_PASSWORD'] },
    });

    clock.set('2027-03-03T00:00:00+09:00');
    const failed = await eventsOf(() => runDueContractWork(server.db.dataSource, clock));
    expect(typesOf(failed)).toEqual(['provisioning_request.failed']);
    expect(one(failed, 'provisioning_request.failed')).toMatchObject({
      provisioningRequestId: cancel.request.id,
      kind: 'CANCELLATION',
      code: 'SUBSCRIPTION_CHANGED',
    });
  });

  it('writes churn, reactivation and erasure, with codes and counts only', async () => {
    const customer = await newTrial();
    await convertToday(customer.id);
    const cancel = await mutate(
      REQUEST_CANCELLATION,
      { customerId: customer.id, churnReason: 'PRICE', churnNote: NOTE, effectiveDate: today() },
      OPERATOR,
    );
    const churned = await eventsOf(() => approve(cancel.request, { effectiveDate: today() }));
    expect(typesOf(churned)).toEqual([
      'provisioning_request.approved',
      'subscription.changed',
      'customer.churned',
      'provisioning_request.applied',
    ]);
    expect(one(churned, 'customer.churned')).toEqual({
      customerId: customer.id,
      subscriptionId: expect.any(String),
      provisioningRequestId: cancel.request.id,
      effectiveDate: today(),
      churnReason: 'PRICE',
    });
    expect(one(churned, 'subscription.changed')).toMatchObject({
      after: { status: 'CANCELLED', monthlyFee: { includingTax: 0 } },
    });

    const back = await mutate(
      REACTIVATE,
      { customerId: customer.id, ...CONVERSION, effectiveDate: today() },
      OPERATOR,
    );
    const reactivated = await eventsOf(() =>
      approve(back.request, { ...CONVERSION, effectiveDate: today() }),
    );
    expect(typesOf(reactivated)).toContain('customer.reactivated');
    expect(one(reactivated, 'customer.reactivated')).toMatchObject({
      customerId: customer.id,
      provisioningRequestId: back.request.id,
      planCode: 'STANDARD',
    });

    const again = await mutate(
      REQUEST_CANCELLATION,
      { customerId: customer.id, churnReason: 'PRICE', effectiveDate: today() },
      OPERATOR,
    );
    await approve(again.request, { effectiveDate: today() });
    const erasure = await mutate(
      ERASE,
      { customerId: customer.id, effectiveDate: today() },
      OPERATOR,
    );
    const erased = await eventsOf(() =>
      approve(erasure.request, { corporateNumber: customer.corporateNumber }),
    );
    expect(typesOf(erased)).toEqual([
      'provisioning_request.approved',
      'customer.erased',
      'provisioning_request.applied',
    ]);
    const [certificate] = await server.db.dataSource.query(
      `SELECT number FROM deletion_certificate WHERE customer_id = $1`,
      [dbId(customer.id)],
    );
    expect(one(erased, 'customer.erased')).toEqual({
      customerId: customer.id,
      provisioningRequestId: erasure.request.id,
      effectiveDate: today(),
      erased: expect.arrayContaining([{ category: 'contacts', count: 1 }]),
      certificateNumber: certificate.number,
    });
    expect(JSON.stringify(erased)).not.toContain(customer.corporateNumber);
  });

  it('writes rejection and the maker’s withdrawal', async () => {
    const customer = await newTrial();
    const first = await mutate(
      REQUEST_CONVERSION,
      { customerId: customer.id, ...CONVERSION, effectiveDate: today() },
      OPERATOR,
    );
    const rejected = await eventsOf(() =>
      mutate(REJECT, { requestId: first.request.id, reason: NOTE }, CHECKER),
    );
    expect(typesOf(rejected)).toEqual(['provisioning_request.rejected']);
    const second = await mutate(
      REQUEST_CONVERSION,
      { customerId: customer.id, ...CONVERSION, effectiveDate: today() },
      OPERATOR,
    );
    const withdrawn = await eventsOf(() =>
      mutate(WITHDRAW, { requestId: second.request.id }, OPERATOR),
    );
    expect(typesOf(withdrawn)).toEqual(['provisioning_request.withdrawn']);
    expect(one(withdrawn, 'provisioning_request.withdrawn')).toMatchObject({
      provisioningRequestId: second.request.id,
      customerId: customer.id,
      kind: 'CONVERSION',
    });
  });

  it('writes nothing for a refused action, and nothing when the action fails after writing it', async () => {
    const customer = await newTrial();
    const drafted = await mutate(
      REQUEST_CONVERSION,
      { customerId: customer.id, ...CONVERSION, effectiveDate: today() },
      OPERATOR,
    );
    const refusals = await eventsOf(async () => {
      // A stale version, a duplicate company, a second draft of the same customer.
      const stale = await approve(
        { id: drafted.request.id, version: 9 },
        {
          ...CONVERSION,
          effectiveDate: today(),
        },
      );
      expect(stale.userErrors).toMatchObject([{ code: 'STALE_VERSION', field: 'version' }]);
      const dup = await gqlOk(
        START_TRIAL,
        { input: trialInput({ corporateNumber: customer.corporateNumber }) },
        OPERATOR,
      );
      expect(dup.startTrial.userErrors).toMatchObject([
        { code: 'DUPLICATE', field: 'corporateNumber' },
      ]);
      const twice = await gqlOk(
        REQUEST_CONVERSION,
        { input: { customerId: customer.id, ...CONVERSION, effectiveDate: today() } },
        OPERATOR,
      );
      expect(twice.requestConversion.userErrors).toMatchObject([
        { code: 'DUPLICATE_PENDING', field: 'customerId' },
      ]);
    });
    expect(refusals).toEqual([]);

    // The audit trail refuses to take the lead's record: the event written before it goes too.
    await server.db.asOwner(async (owner) => {
      await owner.query(
        `CREATE FUNCTION fail_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit down'; END $$`,
      );
      await owner.query(
        `CREATE TRIGGER fail_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION fail_audit()`,
      );
    });
    try {
      const failed = await eventsOf(async () => {
        const res = await server.gql(
          CREATE_LEAD,
          { input: trialInput() },
          { token: await server.loginAs(OPERATOR) },
        );
        expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      });
      expect(failed).toEqual([]);
    } finally {
      await server.db.asOwner(async (owner) => {
        await owner.query(`DROP TRIGGER fail_audit ON audit_event`);
        await owner.query(`DROP FUNCTION fail_audit()`);
      });
    }
  });

  it('writes one event per stored answer, submitted or imported, never the comment or respondent', async () => {
    const customer = await newTrial();
    const nps = Object.keys(surveys).find((code) => code.startsWith('NPS'))!;
    const input = {
      surveyId: toGlobalId('Survey', surveys[nps]!),
      customerId: customer.id,
      score: 9,
      comment: `${NOTE}。連絡は 090-1111-2222 へ`,
      channel: 'EMAIL',
      answeredAt: '2027-02-28T10:00:00+09:00',
      respondent: { name: '山田 花子', email: 'hanako@example.co.jp' },
    };
    const personal = ['090-1111-2222', '花子', NOTE];
    let submitted: LooseData = {};
    const created = await eventsOf(async () => {
      const res = await server.gql(SUBMIT_RESPONSE, { input }, { token: otherKey });
      submitted = res.data?.submitSurveyResponse;
      expect(submitted.userErrors).toEqual([]);
    }, personal);
    expect(typesOf(created)).toEqual(['survey_response.created']);
    expect(one(created, 'survey_response.created')).toEqual({
      surveyResponseId: submitted.response.id,
      surveyId: input.surveyId,
      customerId: customer.id,
      score: 9,
      channel: 'EMAIL',
      answeredAt: '2027-02-28T01:00:00.000Z',
      source: 'API',
    });
    const duplicate = await eventsOf(async () => {
      const res = await server.gql(SUBMIT_RESPONSE, { input }, { token: otherKey });
      expect(res.data?.submitSurveyResponse.duplicate).toBe(true);
    });
    expect(duplicate).toEqual([]);

    // A file of 4 rows: one bad, one the answer above again, two new ones.
    const rows = [
      'survey_code,corporate_number,score,comment,channel,answered_at,respondent_name,respondent_email',
      `${nps},${customer.corporateNumber},7,"${personal[0]}",WEB,2027/02/27 10:00,山田 花子,hanako@example.co.jp`,
      `${nps},${customer.corporateNumber},99,,WEB,2027/02/27 10:00,,`,
      `${nps},${customer.corporateNumber},3,,PHONE,2027/02/26 10:00,,`,
      `${nps},${customer.corporateNumber},9,"${input.comment}",EMAIL,2027/02/28 10:00,山田 花子,hanako@example.co.jp`,
    ];
    const queued = await queueSurveyImport(
      server.db.dataSource,
      null,
      'answers.csv',
      Buffer.from(rows.join('\r\n'), 'utf8'),
    );
    if (!queued.ok) throw new Error(JSON.stringify(queued.errors));
    // Count INSERT statements into the log: a batch writes its events in one.
    await server.db.asOwner(async (owner) => {
      await owner.query(`CREATE TABLE outbox_insert_count (n int NOT NULL)`);
      await owner.query(
        `CREATE FUNCTION count_outbox_insert() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
           BEGIN INSERT INTO outbox_insert_count VALUES (1); RETURN NULL; END $$`,
      );
      await owner.query(
        `CREATE TRIGGER count_outbox_insert AFTER INSERT ON outbox_event
           FOR EACH STATEMENT EXECUTE FUNCTION count_outbox_insert()`,
      );
    });
    try {
      const imported = await eventsOf(async () => {
        await processNextSurveyImport(server.db.dataSource, () => clock.now(), queued.id);
      }, personal);
      expect(typesOf(imported)).toEqual(['survey_response.created', 'survey_response.created']);
      expect(imported.map((e) => e.payload.score).sort()).toEqual([3, 7]);
      expect(imported.every((e) => e.payload.source === 'CSV_IMPORT')).toBe(true);
      const stored: { id: string }[] = await server.db.dataSource.query(
        `SELECT id::text FROM survey_response WHERE customer_id = $1 AND score IN (3, 7)`,
        [dbId(customer.id)],
      );
      expect(imported.map((e) => e.payload.surveyResponseId).sort()).toEqual(
        stored.map((r) => toGlobalId('SurveyResponse', r.id)).sort(),
      );
      const [count] = await server.db.asOwner((owner) =>
        owner.query(`SELECT count(*)::int AS n FROM outbox_insert_count`).then((r) => r.rows),
      );
      expect(count.n).toBe(1);
    } finally {
      await server.db.asOwner(async (owner) => {
        await owner.query(`DROP TRIGGER count_outbox_insert ON outbox_event`);
        await owner.query(`DROP FUNCTION count_outbox_insert()`);
        await owner.query(`DROP TABLE outbox_insert_count`);
      });
    }
  });
});

const FEED = `query ($first: Int, $after: String, $filter: EventFilter) {
  events(first: $first, after: $after, filter: $filter) {
    edges { cursor node { id type occurredAt data } }
    pageInfo { hasNextPage endCursor }
    totalCount
  } }`;

interface FeedPage {
  edges: {
    cursor: string;
    node: { id: string; type: string; occurredAt: string; data: LooseData };
  }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

async function feed(variables: Record<string, unknown>, token = reader): Promise<FeedPage> {
  const res = await server.gql(FEED, variables, { token });
  if (!res.data || res.errors) throw new Error(JSON.stringify(res));
  return res.data.events as FeedPage;
}

/** Every event after `after`, page by page. */
async function readAll(after: string | null, first = 3, filter?: LooseData) {
  const nodes: FeedPage['edges'][number]['node'][] = [];
  let cursor = after;
  for (;;) {
    const page = await feed({ first, after: cursor, filter });
    nodes.push(...page.edges.map((e) => e.node));
    if (page.edges.length > 0) cursor = page.pageInfo.endCursor;
    if (!page.pageInfo.hasNextPage) return { nodes, cursor };
  }
}

/**
 * Wait until every transaction that may have written an event so far has ended (the feed's
 * horizon has passed them): other test files' transactions on the same server hold it back.
 */
async function settled() {
  const [{ last }] = await server.db.dataSource.query(
    `SELECT max(tx_id)::text AS last FROM outbox_event`,
  );
  for (let i = 0; i < 200; i++) {
    const [{ past }] = await server.db.dataSource.query(
      `SELECT $1::xid8 < pg_snapshot_xmin(pg_current_snapshot()) AS past`,
      [last],
    );
    if (past) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the feed horizon did not pass the last event');
}

/** The feed's cursor after every event written so far. */
async function endOfFeed() {
  await settled();
  return (await readAll(null, 100)).cursor;
}

async function createLeads(n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const created = await mutate(CREATE_LEAD, trialInput(), OPERATOR);
    ids.push(created.customer.id);
  }
  return ids;
}

describe('events feed', () => {
  it('pages through the log in commit order, every event once', async () => {
    const from = await endOfFeed();
    const leads = await createLeads(7);
    await settled();
    const { nodes } = await readAll(from, 3);
    expect(nodes.map((n) => n.data.customerId)).toEqual(leads);
    expect(nodes.every((n) => n.type === 'customer.lead_created')).toBe(true);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(7);
    const stored: { id: string; occurred_at: Date }[] = await server.db.dataSource.query(
      `SELECT id::text, occurred_at FROM outbox_event WHERE type = 'customer.lead_created'
          AND aggregate_id = ANY($1::uuid[]) ORDER BY tx_id, seq`,
      [leads.map(dbId)],
    );
    expect(nodes.map((n) => n.id)).toEqual(stored.map((s) => `evt_${s.id.replace(/-/g, '')}`));
    expect(nodes[0]!.occurredAt).toBe(clock.now().toISOString());
    // The whole log, paged, holds each event once too.
    const all = await readAll(null, 50);
    expect(new Set(all.nodes.map((n) => n.id)).size).toBe(all.nodes.length);
    expect((await feed({ first: 1 })).totalCount).toBe(all.nodes.length);
  });

  it('never skips an event whose transaction began earlier and committed later', async () => {
    const from = await endOfFeed();
    const runner = server.db.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      const lateCustomer = '00000000-0000-4000-8000-00000000a1a7';
      await enqueueOutbox(runner.manager, {
        type: 'customer.lead_created',
        aggregateType: 'Customer',
        aggregateId: lateCustomer,
        occurredAt: clock.now(),
        payload: { customerId: toGlobalId('Customer', lateCustomer) },
      });
      // Another transaction, begun later, commits first.
      const [early] = await createLeads(1);
      const before = await readAll(from, 3);
      // The reader does not get past the open transaction: not even the later event yet.
      expect(before.nodes.map((n) => n.data.customerId)).not.toContain(early);

      await runner.commitTransaction();
      await settled();
      const after = await readAll(before.cursor, 3);
      expect(after.nodes.map((n) => n.data.customerId)).toEqual([
        toGlobalId('Customer', lateCustomer),
        early,
      ]);
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('filters by types and by the time of the change', async () => {
    const from = await endOfFeed();
    const [lead] = await createLeads(1);
    clock.set('2027-03-10T09:00:00+09:00');
    const trial = await eventsOf(() => mutate(START_TRIAL, { customerId: lead }, OPERATOR));
    await settled();
    const trials = await readAll(from, 3, { types: ['customer.trial_started'] });
    expect(trials.nodes.map((n) => n.data.customerId)).toEqual([lead]);
    const since = await readAll(from, 3, { since: '2027-03-10T00:00:00.000Z' });
    expect(since.nodes.map((n) => n.type)).toEqual(typesOf(trial));
    const both = await feed({
      first: 10,
      after: from,
      filter: { types: ['customer.lead_created'], since: '2027-03-10T00:00:00.000Z' },
    });
    expect(both.edges).toEqual([]);
  });

  it('refuses unknown types and forged cursors as bad input', async () => {
    const bad = async (variables: Record<string, unknown>) => {
      const res = await server.gql(FEED, variables, { token: reader });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    };
    await bad({ filter: { types: ['customer.deleted'] } });
    await bad({ after: 'not a cursor' });
    await bad({ after: encodeCursor(['events', '-1', '1']) });
    await bad({ after: encodeCursor(['events', '1', '99999999999999999999']) });
    await bad({ after: encodeCursor(['audit', '1', '1']) });
    await bad({ first: 101 });
    expect(EVENT_TYPES).toContain('survey_response.created');
  });

  it('needs events:read, and reads a page in the same statements whatever its size', async () => {
    const res = await server.gql(FEED, { first: 1 }, { token: otherKey });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data?.events ?? null).toBeNull();
    const operator = await server.loginAs(OPERATOR);
    const staff = await server.gql(FEED, { first: 1 }, { token: operator });
    expect(staff.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    await createLeads(3);
    await settled();
    const statements = async (first: number) => {
      const page = await server.gql(
        `query ($first: Int) { events(first: $first) { edges { cursor node { id type data } } } }`,
        { first },
        { token: reader },
      );
      expect(page.errors).toBeUndefined();
      expect(page.data?.events.edges).toHaveLength(first);
      return Number(page.headers.get('x-sql-statements'));
    };
    const small = await statements(1);
    expect(await statements(20)).toBe(small);
    // The caller's key and the page.
    expect(small).toBe(2);
  });
});

import { ManualClock, isoDateJst } from '@kizuna/domain';
import { verifyAuditChain } from '../src/features/audit/audit-verify';
import { runDueContractWork } from '../src/features/contract-time/contract-time.worker';
import { seedSurveys } from '../src/features/demo/demo-surveys';
import { START_TRIAL, trialInput } from './helpers/factories';
import { APPROVE, convertAndChurnToday } from './helpers/provisioning';
import { insertRawResponses, surveyIds } from './helpers/surveys';
import { startTestServer, type TestServer } from './helpers/test-server';

const REQUEST_ERASURE = `mutation ($input: RequestErasureInput!) { requestErasure(input: $input) {
  request { id version status } userErrors { code field } } }`;
const CUSTOMER = `query ($id: ID!) { customer(id: $id) { stage contacts { email } deletionCertificate { number } } }`;
const FAILED_REQUEST = `query ($id: ID!) { node(id: $id) { ... on ProvisioningRequest {
  status failureReason { code field message } } } }`;

let server: TestServer;
const clock = new ManualClock(new Date('2027-03-01T01:00:00Z')); // 10:00 JST
const today = () => isoDateJst(clock.now());
const tomorrow = () => isoDateJst(new Date(clock.now().getTime() + 86_400_000));

beforeAll(async () => {
  server = await startTestServer({ clock });
  await seedSurveys(server.db.dataSource);
});
afterAll(() => server?.close());

async function gqlOk(query: string, variables: Record<string, unknown>, email: string) {
  const res = await server.gql(query, variables, { token: await server.loginAs(email) });
  if (!res.data) throw new Error(JSON.stringify(res));
  return res.data;
}

/** A paying customer with a contact and a survey respondent, churned today. */
async function churnedCustomer(email: string) {
  const start = await gqlOk(
    START_TRIAL,
    { input: trialInput({}, { email }) },
    'operator1@kizuna.example',
  );
  const customer = start.startTrial.customer as { id: string; corporateNumber: string };
  const uuid = (await server.db.dataSource.query(
    `SELECT id::text FROM customer WHERE corporate_number = $1`,
    [customer.corporateNumber],
  )) as { id: string }[];
  const surveys = await surveyIds(server.db.dataSource);
  const nps = Object.entries(surveys).find(([code]) => code.startsWith('NPS'))![1];
  await insertRawResponses(server.db.dataSource, [
    { surveyId: nps, customerId: uuid[0]!.id, score: 7, answeredAt: '2027-02-01T10:00:00+09:00' },
  ]);
  await server.db.dataSource.query(
    `INSERT INTO survey_respondent (response_id, name, email)
     SELECT id, '回答者', $2 FROM survey_response WHERE customer_id = $1`,
    [uuid[0]!.id, email],
  );
  await convertAndChurnToday(server, customer.id);
  return { ...customer, uuid: uuid[0]!.id };
}

async function approvedErasure(customer: { id: string; corporateNumber: string }, date: string) {
  const requested = await gqlOk(
    REQUEST_ERASURE,
    { input: { customerId: customer.id, effectiveDate: date } },
    'operator1@kizuna.example',
  );
  expect(requested.requestErasure.userErrors).toEqual([]);
  const request = requested.requestErasure.request as { id: string };
  const approved = await gqlOk(
    APPROVE,
    {
      input: {
        requestId: request.id,
        version: 1,
        confirmation: { corporateNumber: customer.corporateNumber },
      },
    },
    'checker1@kizuna.example',
  );
  return { id: request.id, payload: approved.approveProvisioningRequest };
}

/** One category cannot be erased for this customer: its respondents refuse deletion. */
async function breakRespondentErasure(customerUuid: string) {
  await server.db.asOwner((c) =>
    c.query(`
      CREATE OR REPLACE FUNCTION test_refuse_respondent_delete() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM survey_response WHERE id = OLD.response_id
                    AND customer_id = '${customerUuid}') THEN
          RAISE EXCEPTION 'respondent storage unavailable';
        END IF;
        RETURN OLD;
      END $$ LANGUAGE plpgsql;
      DROP TRIGGER IF EXISTS test_refuse_respondent_delete ON survey_respondent;
      CREATE TRIGGER test_refuse_respondent_delete BEFORE DELETE ON survey_respondent
        FOR EACH ROW EXECUTE FUNCTION test_refuse_respondent_delete();`),
  );
}
const repairRespondentErasure = () =>
  server.db.asOwner((c) =>
    c.query(`DROP TRIGGER IF EXISTS test_refuse_respondent_delete ON survey_respondent`),
  );

/** A churned customer of churnedCustomer() as an erasure that failed leaves it. */
const NOTHING_ERASED = {
  stage: 'CHURNED',
  certificate: null,
  contacts: 1,
  respondents: 1,
  certificates: 0,
  erased_events: 0,
};

/** What the customer still holds, and what was said about it. */
async function traces(customer: { id: string; uuid: string }) {
  const shown = await gqlOk(CUSTOMER, { id: customer.id }, 'admin@kizuna.example');
  const [row] = await server.db.dataSource.query(
    `SELECT (SELECT count(*)::int FROM customer_contact WHERE customer_id = $1) AS contacts,
            (SELECT count(*)::int FROM survey_respondent r JOIN survey_response s ON s.id = r.response_id
              WHERE s.customer_id = $1) AS respondents,
            (SELECT count(*)::int FROM deletion_certificate WHERE customer_id = $1) AS certificates,
            (SELECT count(*)::int FROM outbox_event WHERE type = 'customer.erased'
              AND aggregate_id = $1) AS erased_events`,
    [customer.uuid],
  );
  return { stage: shown.customer.stage, certificate: shown.customer.deletionCertificate, ...row };
}

describe('an erasure that cannot erase every category', () => {
  it('on its date: FAILED, nothing erased, no certificate; the work behind it goes on', async () => {
    const broken = await churnedCustomer('broken.erasure@example.co.jp');
    const fine = await churnedCustomer('fine.erasure@example.co.jp');
    const failing = await approvedErasure(broken, tomorrow());
    const passing = await approvedErasure(fine, tomorrow());
    expect(failing.payload.request.status).toBe('SCHEDULED');
    expect(passing.payload.request.status).toBe('SCHEDULED');
    await breakRespondentErasure(broken.uuid);

    clock.set(new Date(clock.now().getTime() + 86_400_000));
    expect(await runDueContractWork(server.db.dataSource, clock)).toMatchObject({
      applied: 1,
      failed: 1,
    });

    // Contacts were deleted before the respondents refused: the savepoint undid that too.
    expect(await traces(broken)).toEqual(NOTHING_ERASED);
    const failed = await gqlOk(FAILED_REQUEST, { id: failing.id }, 'operator1@kizuna.example');
    expect(failed.node.status).toBe('FAILED');
    expect(failed.node.failureReason).toMatchObject({ code: 'APPLY_FAILED', field: 'requestId' });
    const [audit] = await server.db.dataSource.query(
      `SELECT a.before, a.after FROM audit_event a
         JOIN provisioning_request r ON r.id = a.entity_id
        WHERE a.action = 'provisioningRequest.failed' AND r.customer_id = $1 AND r.kind = 'ERASURE'`,
      [broken.uuid],
    );
    expect(audit).toMatchObject({
      before: { status: 'SCHEDULED' },
      after: { status: 'FAILED', code: 'APPLY_FAILED' },
    });

    // The other erasure due at the same time was not held up.
    expect(await traces(fine)).toMatchObject({
      stage: 'ERASED',
      contacts: 0,
      respondents: 0,
      certificates: 1,
      erased_events: 1,
    });
  });

  it('at approval (dated today): the checker is told, the request is FAILED; once repaired it erases', async () => {
    const customer = await churnedCustomer('approval.erasure@example.co.jp');
    await breakRespondentErasure(customer.uuid);
    const failing = await approvedErasure(customer, today());
    expect(failing.payload.userErrors).toEqual([
      expect.objectContaining({ code: 'APPLY_FAILED', field: 'requestId' }),
    ]);
    expect(failing.payload.request.status).toBe('FAILED');
    expect(await traces(customer)).toEqual(NOTHING_ERASED);

    await repairRespondentErasure();
    const retried = await approvedErasure(customer, today());
    expect(retried.payload.userErrors).toEqual([]);
    expect(retried.payload.request.status).toBe('APPLIED');
    const erased = await traces(customer);
    expect(erased).toMatchObject({ stage: 'ERASED', contacts: 0, respondents: 0, certificates: 1 });
    expect(erased.certificate.number).toMatch(/^KZ-DC-2027-\d{6}$/);
    expect(await verifyAuditChain(server.db.dataSource)).toMatchObject({ ok: true });
  });
});

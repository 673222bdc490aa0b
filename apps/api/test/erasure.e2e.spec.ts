import { ERASED_TEXT, ManualClock, isoDateJst } from '@kizuna/domain';
import { runDueContractWork } from '../src/features/contract-time/contract-time.worker';
import { verifyAuditChain } from '../src/features/audit/audit-verify';
import { seedSurveys } from '../src/features/demo/demo-surveys';
import { processNextSurveyImport } from '../src/features/surveys/survey-import.service';
import { toGlobalId } from '../src/graphql/relay';
import { START_TRIAL, trialInput } from './helpers/factories';
import {
  APPROVE,
  REQUEST_CANCELLATION,
  REQUEST_PLAN_CHANGE,
  RESUBMIT,
  RETURN,
  REJECT,
  draftConversion,
  approve,
  convertAndChurnToday,
} from './helpers/provisioning';
import { insertRawResponses, surveyIds } from './helpers/surveys';
import { startTestServer, type TestServer } from './helpers/test-server';

// The people of the erased customer: values that appear nowhere else (not in demo staff names).
const PERSON = {
  familyName: '雲母坂',
  givenName: '紗希子',
  familyNameKana: 'キララザカ',
  givenNameKana: 'サキコ',
  email: 'sakiko.kirarazaka@example.co.jp',
  phone: '090-4321-8765',
};
// Another of the company's people, named only in a comment an older masker let through.
const COLLEAGUE = '百目鬼';
const ORIGINAL_VALUES = [...Object.values(PERSON), '09043218765', 'kirarazaka', COLLEAGUE];

const REQUEST_ERASURE = `mutation ($input: RequestErasureInput!) { requestErasure(input: $input) {
  request { id version status kind } userErrors { code field } } }`;
const CUSTOMER = `query ($id: ID!) { customer(id: $id) { stage erasureDueAt contacts { email }
  deletionCertificate { number } } }`;
const ERASURE_DUE = `query ($due: ErasureDueFilter!) { customers(first: 100, filter: { erasureDue: $due }) {
  edges { node { id } } } }`;

let server: TestServer;
const clock = new ManualClock(new Date('2027-01-10T01:00:00Z')); // 10:00 JST
const today = () => isoDateJst(clock.now());
const plusDays = (days: number) => isoDateJst(new Date(clock.now().getTime() + days * 86_400_000));

beforeAll(async () => {
  server = await startTestServer({ clock });
  await seedSurveys(server.db.dataSource);
});
afterAll(() => server?.close());

const as = (email: string) => server.loginAs(email);

async function gqlOk(query: string, variables: Record<string, unknown>, email: string) {
  const res = await server.gql(query, variables, { token: await as(email) });
  if (!res.data) throw new Error(JSON.stringify(res));
  return res.data;
}

/** A customer with personal data in every place the product holds it, then churned. */
async function seedChurnedCustomerWithPersonalData() {
  const start = await gqlOk(
    START_TRIAL,
    { input: trialInput({}, PERSON) },
    'operator1@kizuna.example',
  );
  const customer = start.startTrial.customer as { id: string; corporateNumber: string };
  const conversion = await draftConversion(server, customer.id);
  await approve(server, 'checker1@kizuna.example', conversion, {
    planCode: 'STANDARD',
    optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
    effectiveDate: today(),
  });

  // Survey answers: respondent apart, the comment naming the person, their phone and email.
  const surveys = await surveyIds(server.db.dataSource);
  const nps = Object.entries(surveys).find(([code]) => code.startsWith('NPS'))![1];
  for (const [i, comment] of [
    `${PERSON.familyName}${PERSON.givenName}です。電話は${PERSON.phone}、メールは${PERSON.email}へ`,
    `担当の${PERSON.familyName}様にはお世話になりました (${PERSON.familyNameKana})`,
  ].entries()) {
    const submitted = await gqlOk(
      `mutation ($input: SubmitSurveyResponseInput!) { submitSurveyResponse(input: $input) {
        response { id } userErrors { code field } } }`,
      {
        input: {
          surveyId: toGlobalId('Survey', nps),
          customerId: customer.id,
          score: 9 - i,
          answeredAt: `2024-12-0${i + 1}T10:00:00+09:00`,
          comment,
          respondent: { name: `${PERSON.familyName} ${PERSON.givenName}`, email: PERSON.email },
        },
      },
      'analyst@kizuna.example',
    );
    expect(submitted.submitSurveyResponse.userErrors).toEqual([]);
  }

  // An answer imported from a file naming the person (the file itself is kept until processed).
  const file = [
    'survey_code,corporate_number,score,comment,channel,answered_at,respondent_name,respondent_email',
    `${Object.keys(surveys).find((code) => code.startsWith('NPS'))},${customer.corporateNumber},6,` +
      `"折り返しは ${PERSON.phone} まで",EMAIL,2024/12/05 10:00,${PERSON.familyName} ${PERSON.givenName},${PERSON.email}`,
  ].join('\r\n');
  const upload = await fetch(`${server.url}/imports/survey-responses`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await as('analyst@kizuna.example')}`,
      'content-type': 'text/csv',
      'x-file-name': encodeURIComponent(`${PERSON.familyName}様回答.csv`),
    },
    body: Buffer.from(file, 'utf8'),
  });
  expect(upload.status).toBe(202);
  // The server's own import worker may have claimed it already; either way, wait for the end.
  let imported: { status: string; imported_rows: number } | undefined;
  for (let i = 0; i < 100 && !['DONE', 'FAILED'].includes(imported?.status ?? ''); i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 50));
    await processNextSurveyImport(server.db.dataSource, () => clock.now());
    [imported] = await server.db.dataSource.query(
      `SELECT status, imported_rows FROM survey_import WHERE file_name = $1`,
      [`${PERSON.familyName}様回答.csv`],
    );
  }
  expect(imported).toEqual({ status: 'DONE', imported_rows: 1 });

  // A masked copy made by an older masker, which did not know 担当の… as a name.
  const [{ id: customerUuid }] = await server.db.dataSource.query(
    `SELECT id::text FROM customer WHERE corporate_number = $1`,
    [customer.corporateNumber],
  );
  await insertRawResponses(server.db.dataSource, [
    { surveyId: nps, customerId: customerUuid, score: 4, answeredAt: '2024-11-01T10:00:00+09:00' },
  ]);
  await server.db.dataSource.query(
    `UPDATE survey_response SET comment_masked = $2
      WHERE customer_id = $1 AND score = 4 AND comment IS NULL`,
    [customerUuid, `担当の${COLLEAGUE}さんの返信が遅い`],
  );

  // A near-miss naming the contact, then a countermeasure edited (the audit keeps no text).
  const nearMiss = await gqlOk(
    `mutation ($input: RecordNearMissInput!) { recordNearMiss(input: $input) {
      nearMiss { id } userErrors { code field } } }`,
    {
      input: {
        kind: 'INCIDENT',
        customerId: customer.id,
        description: `${PERSON.familyName} ${PERSON.givenName}様（${PERSON.phone}）宛の案内を誤送信`,
        countermeasure: `${PERSON.email} 宛の送信前に宛先を確認する`,
      },
    },
    'operator1@kizuna.example',
  );
  await gqlOk(
    `mutation ($input: UpdateNearMissInput!) { updateNearMiss(input: $input) { userErrors { code } } }`,
    {
      input: {
        nearMissId: nearMiss.recordNearMiss.nearMiss.id,
        countermeasure: `${PERSON.familyNameKana} 様の件: ${PERSON.phone} への架電前に二重確認`,
      },
    },
    'operator1@kizuna.example',
  );

  // A touch model set by hand: its reason is free text naming the person.
  const touch = await gqlOk(
    `mutation ($input: SetTouchModelInput!) { setTouchModel(input: $input) { userErrors { code } } }`,
    {
      input: {
        customerId: customer.id,
        touchModel: 'HIGH_TOUCH',
        reason: `${PERSON.familyName}様（${PERSON.phone}）が役員会で継続を判断するため`,
      },
    },
    'operator1@kizuna.example',
  );
  expect(touch.setTouchModel.userErrors).toEqual([]);

  // A rejected plan change: its decision reason names the person.
  const planChange = await gqlOk(
    REQUEST_PLAN_CHANGE,
    { input: { customerId: customer.id, planCode: 'PREMIUM', effectiveDate: today() } },
    'operator1@kizuna.example',
  );
  await gqlOk(
    REJECT,
    {
      input: {
        requestId: planChange.requestPlanChange.request.id,
        reason: `${PERSON.familyName}様から取り消しの連絡あり`,
      },
    },
    'checker1@kizuna.example',
  );

  // A cancellation: churn note with the email, returned with a reason, resubmitted with a note.
  const cancellation = await gqlOk(
    REQUEST_CANCELLATION,
    {
      input: {
        customerId: customer.id,
        churnReason: 'OTHER',
        churnNote: `${PERSON.email} より解約の申し出`,
        effectiveDate: today(),
      },
    },
    'operator1@kizuna.example',
  );
  const cancellationId = cancellation.requestCancellation.request.id;
  await gqlOk(
    RETURN,
    { input: { requestId: cancellationId, reason: `${PERSON.givenName}様に日付を再確認` } },
    'checker1@kizuna.example',
  );
  const resubmitted = await gqlOk(
    RESUBMIT,
    { input: { requestId: cancellationId, version: 1, note: `${PERSON.phone} で確認済み` } },
    'operator1@kizuna.example',
  );
  expect(resubmitted.resubmitProvisioningRequest.userErrors).toEqual([]);
  const approved = await gqlOk(
    APPROVE,
    {
      input: {
        requestId: cancellationId,
        version: 2,
        confirmation: { effectiveDate: today() },
      },
    },
    'checker2@kizuna.example',
  );
  expect(approved.approveProvisioningRequest.request.status).toBe('APPLIED');
  expect(approved.approveProvisioningRequest.request.customer.stage).toBe('CHURNED');
  return customer;
}

/** Every text, varchar, json, jsonb and text[] column of every table holding one of `values`. */
async function findValues(values: readonly string[]) {
  return server.db.asOwner(async (client) => {
    const { rows: columns } = await client.query<{ table: string; column: string }>(
      `SELECT c.table_name AS table, c.column_name AS column
         FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
          AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb')
               OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar')))`,
    );
    expect(columns.length).toBeGreaterThan(40);
    const found: string[] = [];
    for (const { table, column } of columns) {
      const { rows } = await client.query<{ value: string }>(
        `SELECT v AS value FROM unnest($1::text[]) v
          WHERE EXISTS (SELECT 1 FROM "${table}" WHERE strpos("${column}"::text, v) > 0)`,
        [values],
      );
      for (const { value } of rows) found.push(`${table}.${column}: ${value}`);
    }
    return found;
  });
}

describe('erasure of personal data', () => {
  it('is refused for a customer that has not churned', async () => {
    const start = await gqlOk(START_TRIAL, { input: trialInput() }, 'operator1@kizuna.example');
    const res = await gqlOk(
      REQUEST_ERASURE,
      { input: { customerId: start.startTrial.customer.id, effectiveDate: today() } },
      'operator1@kizuna.example',
    );
    expect(res.requestErasure.userErrors).toEqual([{ code: 'NOT_CHURNED', field: 'customerId' }]);
  });

  it('erases every personal value everywhere, keeps the company, and the audit chain holds', async () => {
    const customer = await seedChurnedCustomerWithPersonalData();
    // The seed really put the values in the database, audit trail excepted.
    const before = await findValues(ORIGINAL_VALUES);
    for (const table of [
      'customer_contact',
      'survey_respondent',
      'survey_response',
      'near_miss',
      'provisioning_request',
      'provisioning_request_event',
      'subscription',
      'customer_touch_model_override',
    ])
      expect(before.some((f) => f.startsWith(`${table}.`))).toBe(true);
    expect(before.filter((f) => /^(audit_event|outbox_event)\./.test(f))).toEqual([]);

    // Due 30 days after the churn (today 00:00 JST, the cancellation's date).
    const churned = await gqlOk(CUSTOMER, { id: customer.id }, 'operator1@kizuna.example');
    expect(churned.customer.erasureDueAt).toBe('2027-02-08T15:00:00.000Z');
    const listed = async (due: string) =>
      (await gqlOk(ERASURE_DUE, { due }, 'operator1@kizuna.example')).customers.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await listed('OVERDUE')).not.toContain(customer.id);
    expect(await listed('DUE_THIS_WEEK')).not.toContain(customer.id);
    clock.set(new Date('2027-02-03T01:00:00Z'));
    expect(await listed('DUE_THIS_WEEK')).toContain(customer.id);
    expect(await listed('OVERDUE')).not.toContain(customer.id);
    clock.set(new Date('2027-02-09T01:00:00Z'));
    expect(await listed('OVERDUE')).toContain(customer.id);
    expect(await listed('DUE_THIS_WEEK')).not.toContain(customer.id);

    // Requested for tomorrow; a checker who mistypes the corporate number returns it.
    const requested = await gqlOk(
      REQUEST_ERASURE,
      { input: { customerId: customer.id, effectiveDate: plusDays(1) } },
      'operator1@kizuna.example',
    );
    expect(requested.requestErasure.userErrors).toEqual([]);
    const request = requested.requestErasure.request;
    expect(request).toMatchObject({ kind: 'ERASURE', status: 'PENDING_CHECK' });
    const wrongNumber = customer.corporateNumber.replace(/.$/, (d) => String((Number(d) + 1) % 10));
    const mismatch = await gqlOk(
      APPROVE,
      {
        input: {
          requestId: request.id,
          version: 1,
          confirmation: { corporateNumber: wrongNumber },
        },
      },
      'checker2@kizuna.example',
    );
    expect(mismatch.approveProvisioningRequest.mismatchedFields).toEqual(['corporateNumber']);
    await gqlOk(
      RESUBMIT,
      { input: { requestId: request.id, version: 1 } },
      'operator1@kizuna.example',
    );
    const scheduled = await gqlOk(
      APPROVE,
      {
        input: {
          requestId: request.id,
          version: 2,
          confirmation: { corporateNumber: customer.corporateNumber },
        },
      },
      'checker1@kizuna.example',
    );
    expect(scheduled.approveProvisioningRequest.userErrors).toEqual([]);
    expect(scheduled.approveProvisioningRequest.request.status).toBe('SCHEDULED');
    expect(await findValues(PERSON.email ? [PERSON.email] : [])).not.toEqual([]);

    // 00:00 JST of its date: the contract-time worker applies it.
    clock.set(new Date('2027-02-09T15:00:00Z'));
    expect((await runDueContractWork(server.db.dataSource, clock)).applied).toBe(1);

    const erased = await gqlOk(CUSTOMER, { id: customer.id }, 'admin@kizuna.example');
    expect(erased.customer).toMatchObject({ stage: 'ERASED', erasureDueAt: null, contacts: [] });
    expect(erased.customer.deletionCertificate.number).toMatch(/^KZ-DC-2027-\d{6}$/);

    expect(await findValues(ORIGINAL_VALUES)).toEqual([]);

    // Kept: the company, its contract history and fees, the survey scores.
    const [kept] = await server.db.dataSource.query(
      `SELECT c.name, c.corporate_number, c.stage,
              (SELECT count(*)::int FROM subscription_history h JOIN subscription s ON s.id = h.subscription_id
                WHERE s.customer_id = c.id) AS history,
              (SELECT array_agg(score ORDER BY score) FROM survey_response r WHERE r.customer_id = c.id) AS scores
         FROM customer c WHERE c.corporate_number = $1`,
      [customer.corporateNumber],
    );
    expect(kept).toMatchObject({
      corporate_number: customer.corporateNumber,
      stage: 'ERASED',
      scores: [4, 6, 8, 9],
    });
    // The masked copies stay for analysis, masked by today's masker.
    const comments = await server.db.dataSource.query(
      `SELECT comment, comment_masked FROM survey_response r JOIN customer c ON c.id = r.customer_id
        WHERE c.corporate_number = $1 ORDER BY score`,
      [customer.corporateNumber],
    );
    expect(comments.map((c: { comment: string | null }) => c.comment)).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(comments[0].comment_masked).toBe('担当の[氏名]さんの返信が遅い');
    expect(comments[1].comment_masked).toMatch(/^折り返しは \[電話番号\] まで$/);
    expect(kept.history).toBeGreaterThanOrEqual(2);
    // The touch model chosen by hand stays; its reason does not.
    const touchModel = await gqlOk(
      `query ($id: ID!) { customer(id: $id) { touchModelAssessment { touchModel override { touchModel reason } } } }`,
      { id: customer.id },
      'admin@kizuna.example',
    );
    expect(touchModel.customer.touchModelAssessment).toMatchObject({
      touchModel: 'HIGH_TOUCH',
      override: { touchModel: 'HIGH_TOUCH', reason: ERASED_TEXT },
    });

    // The audit and the outbox say what was erased, by category and count.
    const [event] = await server.db.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'provisioningRequest.applied' ORDER BY id DESC LIMIT 1`,
    );
    expect(event.after.erased).toEqual([
      { category: 'contacts', count: 1 },
      { category: 'surveyRespondents', count: 3 },
      { category: 'surveyComments', count: 4 },
      { category: 'freeText', count: expect.any(Number) },
      { category: 'sessions', count: 0 },
    ]);
    expect(event.after.erased[3].count).toBeGreaterThanOrEqual(8);
    const [outbox] = await server.db.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'customer.erased'`,
    );
    expect(outbox.payload.erased).toEqual(event.after.erased);

    const chain = await verifyAuditChain(server.db.dataSource);
    expect(chain).toMatchObject({ ok: true, firstBrokenId: null });
  });

  it('a customer with nothing personal left: every category 0, certificate still issued', async () => {
    const start = await gqlOk(START_TRIAL, { input: trialInput() }, 'operator1@kizuna.example');
    const customer = start.startTrial.customer as { id: string; corporateNumber: string };
    await convertAndChurnToday(server, customer.id);
    // Its only contact already gone (removed by hand before the erasure was asked for).
    await server.db.asOwner((c) =>
      c.query(
        `DELETE FROM customer_contact WHERE customer_id = (SELECT id FROM customer WHERE corporate_number = $1)`,
        [customer.corporateNumber],
      ),
    );
    const requested = await gqlOk(
      REQUEST_ERASURE,
      { input: { customerId: customer.id, effectiveDate: today() } },
      'operator1@kizuna.example',
    );
    const approved = await gqlOk(
      APPROVE,
      {
        input: {
          requestId: requested.requestErasure.request.id,
          version: 1,
          confirmation: { corporateNumber: customer.corporateNumber },
        },
      },
      'checker2@kizuna.example',
    );
    expect(approved.approveProvisioningRequest.userErrors).toEqual([]);
    expect(approved.approveProvisioningRequest.request.status).toBe('APPLIED');
    const number = (await gqlOk(CUSTOMER, { id: customer.id }, 'admin@kizuna.example')).customer
      .deletionCertificate.number;
    const certificate = await gqlOk(
      `query ($number: String!) { deletionCertificate(number: $number) {
         erased { category count } } }`,
      { number },
      'admin@kizuna.example',
    );
    expect(certificate.deletionCertificate.erased).toEqual([
      { category: 'contacts', count: 0 },
      { category: 'surveyRespondents', count: 0 },
      { category: 'surveyComments', count: 0 },
      // The cancellation's churn note is optional and was not given: no free text either.
      { category: 'freeText', count: 0 },
      { category: 'sessions', count: 0 },
    ]);
  });
});

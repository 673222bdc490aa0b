import { createTrialCustomer } from './helpers/factories';
import {
  APPROVE,
  approve,
  draftConversion,
  REQUEST,
  REQUEST_CONVERSION,
  RESUBMIT,
  subscriptionOf,
  today,
} from './helpers/provisioning';
import { startTestServer, type TestServer } from './helpers/test-server';

let server: TestServer;
let operator: string;
beforeAll(async () => {
  server = await startTestServer();
  operator = await server.loginAs('operator1@kizuna.example');
});
afterAll(() => server.close());

const count = async (sql: string, params: unknown[] = []) =>
  (await server.db.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0]
    .n as number;
const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1];

describe('conversion with a blind double check', () => {
  it('applies the exact plan and options, atomically, once the checker re-enters them', async () => {
    const customer = await createTrialCustomer(server);
    const date = today();
    const request = await draftConversion(server, customer.id, { effectiveDate: date });

    // The maker sees the proposal and its preview.
    const asMaker = (await server.gql(REQUEST, { id: request.id }, { token: operator })).data?.node;
    expect(asMaker.status).toBe('PENDING_CHECK');
    expect(asMaker.proposal.preview.kept).toEqual(['MFA_PASSWORD', 'MFA_TOTP']);
    expect(asMaker.proposal.preview.removed).toContain('MFA_FACE');
    expect(asMaker.proposal.preview.added).toEqual([]);
    expect(asMaker.proposal.preview.monthlyFeeBefore).toEqual({ excludingTax: 0, includingTax: 0 });
    expect(asMaker.proposal.preview.monthlyFeeAfter).toEqual({
      excludingTax: 1690,
      tax: 169,
      includingTax: 1859,
    });

    // The checker does not, before deciding: blind re-entry.
    const checker = await server.loginAs('checker1@kizuna.example');
    const asChecker = (await server.gql(REQUEST, { id: request.id }, { token: checker })).data
      ?.node;
    expect(asChecker.proposal).toBeNull();
    expect(asChecker.isMine).toBe(false);

    const result = await approve(server, 'checker1@kizuna.example', request, {
      planCode: 'STANDARD',
      optionCodes: ['MFA_TOTP', 'MFA_PASSWORD'],
      effectiveDate: date,
    });
    expect(result.userErrors).toEqual([]);
    expect(result.request.status).toBe('APPLIED');
    expect(result.request.checker.displayName).toContain('checker1');

    const sub = await subscriptionOf(server, operator, customer.id);
    expect(sub).toMatchObject({
      stage: 'ACTIVE',
      status: 'ACTIVE',
      plan: 'STANDARD',
      options: ['MFA_PASSWORD', 'MFA_TOTP'],
    });
    const customerId = dbId(customer.id);
    expect(
      await count(`outbox_event WHERE aggregate_id = $1 AND type = 'customer.converted'`, [
        customerId,
      ]),
    ).toBe(1);
    expect(
      await count(
        `audit_event WHERE action = 'provisioningRequest.applied' AND after->>'provisioningRequestId' = $1`,
        [dbId(request.id)],
      ),
    ).toBe(1);
    const after = (await server.gql(REQUEST, { id: request.id }, { token: checker })).data?.node;
    expect(after.proposal.planCode).toBe('STANDARD');
    expect(after.history.map((h: { action: string }) => h.action)).toEqual([
      'SUBMITTED',
      'APPLIED',
    ]);
  });

  it('never lets a maker check their own request, whatever their roles', async () => {
    for (const maker of ['operator1@kizuna.example', 'admin@kizuna.example']) {
      const customer = await createTrialCustomer(server);
      const request = await draftConversion(server, customer.id, {}, maker);
      const result = await approve(server, maker, request, {
        planCode: 'STANDARD',
        optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
        effectiveDate: today(),
      });
      expect(result.userErrors).toEqual([
        expect.objectContaining({ code: 'SELF_APPROVAL_NOT_ALLOWED' }),
      ]);
      expect(result.request.status).toBe('PENDING_CHECK');
      expect((await subscriptionOf(server, operator, customer.id)).status).toBe('TRIAL');
      expect(
        await count(
          `audit_event WHERE action = 'provisioningRequest.approveRefused' AND entity_id = $1`,
          [dbId(request.id)],
        ),
      ).toBe(1);
    }
  });

  it('refuses a check by someone without the CHECKER role', async () => {
    const customer = await createTrialCustomer(server);
    const request = await draftConversion(server, customer.id);
    const result = await approve(server, 'operator2@kizuna.example', request, {
      planCode: 'STANDARD',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: today(),
    });
    expect(result.userErrors).toEqual([expect.objectContaining({ code: 'FORBIDDEN' })]);
  });

  it('returns the request and records a near-miss when the re-entry differs; then the corrected version applies', async () => {
    const customer = await createTrialCustomer(server);
    const date = today();
    const request = await draftConversion(server, customer.id, { effectiveDate: date });
    const wrong = await approve(server, 'checker1@kizuna.example', request, {
      planCode: 'STANDARD',
      optionCodes: ['MFA_PASSWORD', 'MFA_FACE'],
      effectiveDate: date,
    });
    expect(wrong.userErrors).toEqual([expect.objectContaining({ code: 'CONFIRMATION_MISMATCH' })]);
    expect(wrong.mismatchedFields).toEqual(['optionCodes']);
    expect(wrong.request.status).toBe('RETURNED');
    expect((await subscriptionOf(server, operator, customer.id)).status).toBe('TRIAL');
    const [nearMiss] = await server.db.dataSource.query(
      `SELECT kind, source, fields, request_kind FROM near_miss WHERE request_id = $1`,
      [dbId(request.id)],
    );
    expect(nearMiss).toEqual({
      kind: 'NEAR_MISS',
      source: 'AUTOMATIC',
      fields: ['optionCodes'],
      request_kind: 'CONVERSION',
    });

    // The maker resubmits as version 2; an approval of version 1 is stale.
    const resubmitted = await server.gql(
      RESUBMIT,
      { input: { requestId: request.id, version: 1 } },
      { token: operator },
    );
    expect(resubmitted.data?.resubmitProvisioningRequest.request).toMatchObject({
      status: 'PENDING_CHECK',
      version: 2,
    });
    const confirmation = {
      planCode: 'STANDARD',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: date,
    };
    // checker1 saw the maker's values when the mismatch returned the request: not blind any more.
    const again = await approve(
      server,
      'checker1@kizuna.example',
      { id: request.id, version: 2 },
      confirmation,
    );
    expect(again.userErrors).toEqual([
      expect.objectContaining({ code: 'CHECKER_ALREADY_DECIDED' }),
    ]);
    const stale = await approve(
      server,
      'checker2@kizuna.example',
      { id: request.id, version: 1 },
      confirmation,
    );
    expect(stale.userErrors).toEqual([expect.objectContaining({ code: 'STALE_VERSION' })]);
    expect((await subscriptionOf(server, operator, customer.id)).status).toBe('TRIAL');
    const ok = await approve(
      server,
      'checker2@kizuna.example',
      { id: request.id, version: 2 },
      confirmation,
    );
    expect(ok.request.status).toBe('APPLIED');
    expect(ok.request.history.map((h: { action: string }) => h.action)).toEqual([
      'SUBMITTED',
      'CONFIRMATION_MISMATCH',
      'RESUBMITTED',
      'APPLIED',
    ]);
    expect(ok.request.history[1].mismatchedFields).toEqual(['optionCodes']);
  });

  it('refuses a second open request for the same customer', async () => {
    const customer = await createTrialCustomer(server);
    await draftConversion(server, customer.id);
    const token = await server.loginAs('operator2@kizuna.example');
    const res = await server.gql(
      REQUEST_CONVERSION,
      {
        input: {
          customerId: customer.id,
          planCode: 'BASIC',
          optionCodes: [],
          effectiveDate: today(),
        },
      },
      { token },
    );
    expect(res.data?.requestConversion.userErrors).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_PENDING', field: 'customerId' }),
    ]);
    expect(await count(`provisioning_request WHERE customer_id = $1`, [dbId(customer.id)])).toBe(1);
  });

  it('applies exactly once when two checkers approve at the same moment', async () => {
    const customer = await createTrialCustomer(server);
    const date = today();
    const request = await draftConversion(server, customer.id, { effectiveDate: date });
    const confirmation = {
      planCode: 'STANDARD',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: date,
    };
    await Promise.all([
      server.loginAs('checker1@kizuna.example'),
      server.loginAs('checker2@kizuna.example'),
    ]);
    const results = await Promise.all([
      approve(server, 'checker1@kizuna.example', request, confirmation),
      approve(server, 'checker2@kizuna.example', request, confirmation),
    ]);
    const codes = results.map((r) => r.userErrors[0]?.code ?? 'OK').sort();
    expect(codes).toEqual(['NOT_PENDING', 'OK']);
    const subscriptionId = (
      await server.db.dataSource.query(`SELECT id FROM subscription WHERE customer_id = $1`, [
        dbId(customer.id),
      ])
    )[0].id;
    expect(
      await count(
        `subscription_history WHERE subscription_id = $1 AND change_kind = 'CONVERSION'`,
        [subscriptionId],
      ),
    ).toBe(1);
    expect(
      await count(`outbox_event WHERE aggregate_id = $1 AND type = 'customer.converted'`, [
        dbId(customer.id),
      ]),
    ).toBe(1);

    // Approving again later is harmless.
    const again = await approve(server, 'checker1@kizuna.example', request, confirmation);
    expect(again.userErrors[0].code).toBe('NOT_PENDING');
    expect(
      await count(`outbox_event WHERE aggregate_id = $1 AND type = 'customer.converted'`, [
        dbId(customer.id),
      ]),
    ).toBe(1);
  });

  it('refuses rather than overwrites when the subscription changed since the request', async () => {
    const customer = await createTrialCustomer(server);
    const date = today();
    const request = await draftConversion(server, customer.id, { effectiveDate: date });
    await server.db.dataSource.query(
      `UPDATE subscription SET version = version + 1 WHERE customer_id = $1`,
      [dbId(customer.id)],
    );
    const result = await approve(server, 'checker1@kizuna.example', request, {
      planCode: 'STANDARD',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: date,
    });
    expect(result.userErrors).toEqual([expect.objectContaining({ code: 'SUBSCRIPTION_CHANGED' })]);
    expect((await subscriptionOf(server, operator, customer.id)).plan).toBe('PREMIUM');
  });

  it('leaves no applied change and no outbox row when applying fails midway', async () => {
    const customer = await createTrialCustomer(server);
    const date = today();
    const request = await draftConversion(server, customer.id, { effectiveDate: date });
    // Triggers are the tables' owner's to create (the application's role is not).
    await server.db.asOwner(async (owner) => {
      await owner.query(
        `CREATE FUNCTION fail_outbox() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'outbox down'; END $$`,
      );
      await owner.query(
        `CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox_event FOR EACH ROW EXECUTE FUNCTION fail_outbox()`,
      );
    });
    try {
      const token = await server.loginAs('checker2@kizuna.example');
      const res = await server.gql(
        APPROVE,
        {
          input: {
            requestId: request.id,
            version: 1,
            confirmation: {
              planCode: 'STANDARD',
              optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
              effectiveDate: date,
            },
          },
        },
        { token },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res.errors)).not.toContain('outbox down');
    } finally {
      await server.db.asOwner(async (owner) => {
        await owner.query(`DROP TRIGGER fail_outbox ON outbox_event`);
        await owner.query(`DROP FUNCTION fail_outbox()`);
      });
    }
    const sub = await subscriptionOf(server, operator, customer.id);
    expect(sub).toMatchObject({ stage: 'TRIAL', status: 'TRIAL', plan: 'PREMIUM' });
    // Only the trial start's and the draft's events: nothing of the failed conversion.
    expect(
      await count(
        `outbox_event WHERE aggregate_id = $1
            AND type NOT IN ('customer.trial_started', 'provisioning_request.submitted')`,
        [dbId(customer.id)],
      ),
    ).toBe(0);
    expect(
      await count(`provisioning_request WHERE id = $1 AND status = 'PENDING_CHECK'`, [
        dbId(request.id),
      ]),
    ).toBe(1);
    expect(
      await count(`audit_event WHERE action = 'provisioningRequest.applied' AND entity_id = $1`, [
        dbId(request.id),
      ]),
    ).toBe(0);
  });
});

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { systemClock } from '@kizuna/domain';
import { createFirstAdmin } from '../src/features/staff/first-admin';
import { buildKizunaSchema } from '../src/graphql/schema';
import { createApp } from '../src/http/app';
import { START_TRIAL, trialInput } from './helpers/factories';
import { APPROVE, REQUEST_CONVERSION, today } from './helpers/provisioning';
import { createTestDatabase, type TestDatabase } from './helpers/test-database';
import type { GraphQLResponse } from './helpers/test-server';

/**
 * The proof that Kizuna installs for real (issue 12): a migrated database with nothing seeded,
 * the setup command's function for the first administrator, then GraphQL only — staff, catalog,
 * survey, API key — up to an approved conversion, a revoked key and a deactivated member.
 */
describe('a fresh production install, from an empty database to a working back office', () => {
  let db: TestDatabase;
  let server: Server;
  let stop: () => Promise<void>;
  let url: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    const app = await createApp({
      dataSource: db.dataSource,
      schema: await buildKizunaSchema(),
      clock: systemClock,
    });
    stop = app.stop;
    server = await new Promise((resolve) => {
      const s = app.app.listen(0, '127.0.0.1', () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await stop();
    await db.drop();
  });

  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) } as GraphQLResponse;
  };

  /** Run a mutation and return its payload, failing loudly on errors or userErrors. */
  const mutate = async (
    field: string,
    inputType: string,
    selection: string,
    input: Record<string, unknown>,
    token: string,
  ) => {
    const res = await gql(
      `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} userErrors { code field } } }`,
      { input },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.[field].userErrors).toEqual([]);
    return res.data?.[field];
  };

  const login = async (email: string, password: string) => {
    const res = await gql(
      `mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`,
      { input: { email, password } },
    );
    const token = res.data?.login.token as string | null;
    if (!token) throw new Error(`login as ${email} failed: ${JSON.stringify(res)}`);
    return token;
  };

  it('goes from nothing to an applied conversion through the setup command and GraphQL alone', async () => {
    // Nothing seeded: no staff, no catalog, no survey.
    const [empty] = await db.dataSource.query(
      `SELECT (SELECT count(*) FROM staff_user)::int AS staff, (SELECT count(*) FROM plan)::int AS plans,
              (SELECT count(*) FROM catalog_option)::int AS options, (SELECT count(*) FROM survey)::int AS surveys`,
    );
    expect(empty).toEqual({ staff: 0, plans: 0, options: 0, surveys: 0 });

    // npm run setup -- --admin-email a@b.jp --display-name "山田 花子" (password from stdin).
    const adminPassword = 'correct horse battery staple';
    const setup = await createFirstAdmin(db.dataSource, {
      email: 'A@B.jp',
      displayName: '山田 花子',
      password: adminPassword,
    });
    expect(setup).toMatchObject({
      ok: true,
      member: { email: 'a@b.jp', roles: ['OPERATOR', 'CHECKER', 'ANALYST', 'ADMIN'] },
    });
    // Run again: refused, an active administrator exists.
    expect(
      await createFirstAdmin(db.dataSource, {
        email: 'other@b.jp',
        displayName: 'x',
        password: adminPassword,
      }),
    ).toEqual({ ok: false, reason: 'ADMIN_EXISTS' });

    const admin = await login('a@b.jp', adminPassword);

    // Staff: a maker and a checker.
    const member = 'staffMember { id email roles active }';
    const operator = await mutate(
      'createStaffMember',
      'CreateStaffMemberInput',
      member,
      {
        email: 'op@b.jp',
        displayName: '佐藤 一郎',
        roles: ['OPERATOR'],
        password: 'operator password 1',
      },
      admin,
    );
    expect(operator.staffMember).toMatchObject({
      email: 'op@b.jp',
      roles: ['OPERATOR'],
      active: true,
    });
    await mutate(
      'createStaffMember',
      'CreateStaffMemberInput',
      member,
      {
        email: 'ch@b.jp',
        displayName: '鈴木 次郎',
        roles: ['CHECKER'],
        password: 'checker password 1',
      },
      admin,
    );

    // Before the catalog has a plan, a trial cannot start: a clear refusal, not a fault.
    const operatorToken = await login('op@b.jp', 'operator password 1');
    const tooEarly = await gql(START_TRIAL, { input: trialInput() }, operatorToken);
    expect(tooEarly.data?.startTrial).toMatchObject({
      customer: null,
      userErrors: [{ code: 'NO_ACTIVE_PLAN', field: null }],
    });

    // Catalog: a plan and two MFA options (knowledge + possession: a real second factor).
    const plan = await mutate(
      'createPlan',
      'CreatePlanInput',
      'plan { id code monthlyFeeYen active }',
      {
        code: 'STANDARD',
        nameJa: 'スタンダード',
        nameEn: 'Standard',
        monthlyFeeYen: 9800,
        slaTargetPercent: 99.9,
        sortOrder: 1,
        limits: { devices: 2 },
      },
      admin,
    );
    expect(plan.plan).toMatchObject({ code: 'STANDARD', monthlyFeeYen: 9800, active: true });
    for (const [code, category] of [
      ['MFA_PASSWORD', 'KNOWLEDGE'],
      ['MFA_TOTP', 'POSSESSION'],
    ] as const) {
      await mutate(
        'createOption',
        'CreateOptionInput',
        'option { code kind factorCategory }',
        {
          code,
          nameJa: code,
          nameEn: code,
          monthlyFeeYen: code === 'MFA_TOTP' ? 300 : 0,
          kind: 'MFA',
          factorCategory: category,
        },
        admin,
      );
    }

    // A survey.
    const survey = await mutate(
      'createSurvey',
      'CreateSurveyInput',
      'survey { id code kind minScore maxScore active }',
      {
        code: 'NPS_MAIN',
        kind: 'NPS',
        titleJa: '推奨度調査',
        titleEn: 'NPS',
        questionJa: 'このサービスを友人に勧めますか？',
        questionEn: 'Would you recommend us to a friend?',
      },
      admin,
    );
    expect(survey.survey).toMatchObject({
      code: 'NPS_MAIN',
      minScore: 0,
      maxScore: 10,
      active: true,
    });

    // An API key for an integrator that reads customers.
    const created = await mutate(
      'createApiKey',
      'CreateApiKeyInput',
      'key apiKeyId',
      { name: 'CRM sync', scopes: ['customers:read'] },
      admin,
    );
    const apiKey = created.key as string;

    // The operator starts a trial and asks for a conversion dated today; the checker approves.
    const op = await login('op@b.jp', 'operator password 1');
    const trial = await gql(START_TRIAL, { input: trialInput() }, op);
    expect(trial.data?.startTrial.userErrors).toEqual([]);
    const customer = trial.data?.startTrial.customer;
    expect(customer.subscription).toMatchObject({ status: 'TRIAL', plan: { code: 'STANDARD' } });
    const effectiveDate = today();
    const requested = await gql(
      REQUEST_CONVERSION,
      {
        input: {
          customerId: customer.id,
          planCode: 'STANDARD',
          optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
          effectiveDate,
        },
      },
      op,
    );
    expect(requested.data?.requestConversion.userErrors).toEqual([]);
    const request = requested.data?.requestConversion.request;
    const checker = await login('ch@b.jp', 'checker password 1');
    const approved = await gql(
      APPROVE,
      {
        input: {
          requestId: request.id,
          version: request.version,
          confirmation: {
            planCode: 'STANDARD',
            optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
            effectiveDate,
          },
        },
      },
      checker,
    );
    expect(approved.data?.approveProvisioningRequest.userErrors).toEqual([]);
    expect(approved.data?.approveProvisioningRequest.request.status).toBe('APPLIED');
    expect(approved.data?.approveProvisioningRequest.request.customer.stage).toBe('ACTIVE');

    // The API key lists the customer.
    const CUSTOMERS = `{ customers(first: 10) { edges { node { id stage } } } }`;
    const listed = await gql(CUSTOMERS, {}, apiKey);
    expect(listed.data?.customers.edges).toEqual([{ node: { id: customer.id, stage: 'ACTIVE' } }]);

    // Revoked: its next request is 401.
    await mutate(
      'revokeApiKey',
      'RevokeApiKeyInput',
      'apiKey { id revokedAt }',
      { apiKeyId: created.apiKeyId },
      admin,
    );
    const afterRevoke = await gql(CUSTOMERS, {}, apiKey);
    expect(afterRevoke.status).toBe(401);
    expect(afterRevoke.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Deactivated: the operator's open session is refused at once.
    expect((await gql(CUSTOMERS, {}, op)).status).toBe(200);
    const deactivated = await mutate(
      'deactivateStaffMember',
      'DeactivateStaffMemberInput',
      'staffMember { id active }',
      { staffMemberId: operator.staffMember.id },
      admin,
    );
    expect(deactivated.staffMember.active).toBe(false);
    const afterDeactivation = await gql(CUSTOMERS, {}, op);
    expect(afterDeactivation.status).toBe(401);
    expect(afterDeactivation.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // …and cannot sign in again.
    const relogin = await gql(
      `mutation ($input: LoginInput!) { login(input: $input) { token userErrors { code } } }`,
      { input: { email: 'op@b.jp', password: 'operator password 1' } },
    );
    expect(relogin.data?.login).toEqual({
      token: null,
      userErrors: [{ code: 'INVALID_CREDENTIALS' }],
    });

    // Every administrative change is in the audit trail, without personal data.
    const audit: { action: string; payload: string }[] = await db.dataSource.query(
      `SELECT action, (coalesce(before::text, '') || coalesce(after::text, '')) AS payload FROM audit_event
        WHERE action ~ '^(staffMember|plan|option|survey|apiKey)\\.' ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'staffMember.created',
      'staffMember.created',
      'staffMember.created',
      'plan.created',
      'option.created',
      'option.created',
      'survey.created',
      'apiKey.created',
      'apiKey.revoked',
      'staffMember.deactivated',
    ]);
    for (const a of audit) expect(a.payload).not.toMatch(/@b\.jp|山田|佐藤|鈴木/);
  });
});

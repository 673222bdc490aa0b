import { ManualClock } from '@kizuna/domain';
import { issueApiKey } from '../src/features/auth/auth.service';
import { runDueContractWork } from '../src/features/contract-time/contract-time.worker';
import { createTrialCustomer } from './helpers/factories';
import { draftConversion, REQUEST_CONVERSION } from './helpers/provisioning';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

/** Refusals of the administration API (issue 12); the happy path is production-install.e2e. */
let server: TestServer;
let admin: string;
const clock = new ManualClock('2027-03-31T12:00:00+09:00');

beforeAll(async () => {
  server = await startTestServer({ clock });
  admin = await server.loginAs('admin@kizuna.example');
});

afterAll(() => server.close());

/** A mutation's payload (no top-level errors expected). */
async function mutate(
  field: string,
  inputType: string,
  selection: string,
  input: Record<string, unknown>,
  token = admin,
): Promise<LooseData> {
  const res = await server.gql(
    `mutation ($input: ${inputType}!) { ${field}(input: $input) { ${selection} userErrors { code field } } }`,
    { input },
    { token },
  );
  expect(res.errors).toBeUndefined();
  return res.data![field];
}

const errorsOf = (payload: LooseData) =>
  (payload.userErrors as { code: string; field: string }[]).map((e) => `${e.field}:${e.code}`);

describe('API keys', () => {
  const create = (input: Record<string, unknown>) =>
    mutate('createApiKey', 'CreateApiKeyInput', 'key apiKeyId', input);

  it.each([
    'provisioning:write',
    'provisioning:check',
    'api-keys:manage',
    'staff:manage',
    'catalog:write',
    'near-misses:write',
    'surveys:manage',
    'root:everything',
  ])('refuses the scope %s (INVALID_SCOPE)', async (scope) => {
    const payload = await create({ name: 'x', scopes: ['customers:read', scope] });
    expect(payload.key).toBeNull();
    expect(errorsOf(payload)).toEqual(['scopes:INVALID_SCOPE']);
  });

  it('accepts the domain list, refuses blank or too long names and a past expiry', async () => {
    const ok = await create({ name: 'dwh', scopes: ['personal-data:read', 'audit:read'] });
    expect(ok.userErrors).toEqual([]);
    const bad = await create({
      name: 'x'.repeat(101),
      scopes: ['customers:read'],
      expiresAt: '2027-03-31T11:59:59+09:00',
    });
    expect(errorsOf(bad)).toEqual(['name:TOO_LONG', 'expiresAt:DATE_IN_PAST']);
  });

  it('gives a stored key with a staff-only scope a clear FORBIDDEN on requestConversion', async () => {
    // A key issued before the scope list narrowed (written directly, as an old install had it).
    const legacy = await issueApiKey(server.db.dataSource, {
      name: 'legacy maker',
      scopes: ['customers:read', 'provisioning:write' as 'customers:read'],
      createdBy: null,
    });
    const customer = await createTrialCustomer(server);
    const res = await server.gql(
      REQUEST_CONVERSION,
      {
        input: {
          customerId: customer.id,
          planCode: 'STANDARD',
          optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
          effectiveDate: '2027-04-01',
        },
      },
      { token: legacy.key },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/provisioning:write/);
  });

  it('lists keys with their last use, hides revoked ones unless asked, and refuses expired keys', async () => {
    const created = await create({
      name: 'expiring',
      scopes: ['catalog:read'],
      expiresAt: '2027-06-30T00:00:00+09:00',
    });
    const key = created.key as string;
    const LIST = `query ($filter: ApiKeyFilter) { apiKeys(first: 100, filter: $filter) {
      totalCount edges { node { id name scopes keyPrefix expiresAt lastUsedAt revokedAt createdBy { displayName } } } } }`;
    const find = async (filter: Record<string, unknown> = {}) => {
      const res = await server.gql(LIST, { filter }, { token: admin });
      expect(res.errors).toBeUndefined();
      return (res.data!.apiKeys.edges as { node: LooseData }[])
        .map((e) => e.node)
        .find((n) => n.id === created.apiKeyId);
    };
    expect(await find()).toMatchObject({
      name: 'expiring',
      scopes: ['catalog:read'],
      keyPrefix: key.split('_')[1],
      lastUsedAt: null,
      revokedAt: null,
      createdBy: { displayName: expect.stringContaining('admin') },
    });
    expect((await server.gql(`{ plans { code } }`, {}, { token: key })).status).toBe(200);
    const used = (await find())!.lastUsedAt as string;
    expect(used).not.toBeNull();
    // Within the minute, a second use writes nothing.
    await server.gql(`{ plans { code } }`, {}, { token: key });
    expect((await find())!.lastUsedAt).toBe(used);

    // Expired (expiry compared with the database's clock, as sessions'): 401 at once.
    await server.db.asOwner((c) =>
      c.query(`UPDATE api_key SET expires_at = now() - interval '1 second' WHERE key_prefix = $1`, [
        key.split('_')[1],
      ]),
    );
    const expired = await server.gql(`{ plans { code } }`, {}, { token: key });
    expect(expired.status).toBe(401);

    const revoked = await mutate('revokeApiKey', 'RevokeApiKeyInput', 'apiKey { id revokedAt }', {
      apiKeyId: created.apiKeyId,
    });
    expect(revoked.apiKey.revokedAt).not.toBeNull();
    expect(await find()).toBeUndefined();
    expect(await find({ includeRevoked: true })).toMatchObject({ name: 'expiring' });
    const again = await mutate('revokeApiKey', 'RevokeApiKeyInput', 'apiKey { id }', {
      apiKeyId: created.apiKeyId,
    });
    expect(errorsOf(again)).toEqual(['apiKeyId:NO_CHANGE']);
  });
});

describe('staff administration', () => {
  const MEMBER = 'staffMember { id email displayName roles active }';
  const createMember = (input: Record<string, unknown>) =>
    mutate('createStaffMember', 'CreateStaffMemberInput', MEMBER, {
      displayName: '新人',
      roles: ['OPERATOR'],
      password: 'long enough password',
      ...input,
    });

  it('validates members and refuses a duplicate email (whatever its case)', async () => {
    const bad = await createMember({
      email: 'not-an-email',
      displayName: 'x'.repeat(101),
      roles: [],
      password: 'short',
    });
    expect(errorsOf(bad)).toEqual([
      'email:INVALID_EMAIL',
      'displayName:TOO_LONG',
      'roles:REQUIRED',
      'password:PASSWORD_TOO_SHORT',
    ]);
    const dup = await createMember({ email: 'Operator1@Kizuna.Example' });
    expect(errorsOf(dup)).toEqual(['email:DUPLICATE']);
  });

  it('is for staff:manage only; email and roles of a StaffMember are null for others', async () => {
    const operator = await server.loginAs('operator1@kizuna.example');
    const listed = await server.gql(
      `{ staffMembers(first: 5) { totalCount } }`,
      {},
      { token: operator },
    );
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const customer = await createTrialCustomer(server);
    const request = await draftConversion(server, customer.id, { effectiveDate: '2027-04-01' });
    const MAKER = `query ($id: ID!) { node(id: $id) { ... on ProvisioningRequest { maker { displayName email roles active } } } }`;
    const asOperator = await server.gql(MAKER, { id: request.id }, { token: operator });
    expect(asOperator.data?.node.maker).toMatchObject({ email: null, roles: null, active: true });
    const asAdmin = await server.gql(MAKER, { id: request.id }, { token: admin });
    expect(asAdmin.data?.node.maker).toMatchObject({
      email: 'operator1@kizuna.example',
      roles: ['OPERATOR'],
    });
  });

  it('lists and filters members by keyset', async () => {
    const LIST = `query ($after: String, $filter: StaffMemberFilter) {
      staffMembers(first: 2, after: $after, filter: $filter) {
        totalCount pageInfo { hasNextPage endCursor } edges { node { email active lastLoginAt } } } }`;
    const first = await server.gql(
      LIST,
      { filter: { search: 'kizuna.example' } },
      { token: admin },
    );
    expect(first.data?.staffMembers.edges).toHaveLength(2);
    expect(first.data?.staffMembers.pageInfo.hasNextPage).toBe(true);
    const next = await server.gql(
      LIST,
      {
        filter: { search: 'kizuna.example' },
        after: first.data?.staffMembers.pageInfo.endCursor,
      },
      { token: admin },
    );
    const emails = [...first.data!.staffMembers.edges, ...next.data!.staffMembers.edges].map(
      (e: LooseData) => e.node.email as string,
    );
    expect(emails).toEqual([...emails].sort());
    expect(new Set(emails).size).toBe(emails.length);
    const adminRow = await server.gql(LIST, { filter: { search: 'admin@' } }, { token: admin });
    expect(adminRow.data?.staffMembers.edges[0].node.lastLoginAt).not.toBeNull();
  });

  it('refuses deactivating yourself and taking ADMIN from the last active administrator', async () => {
    const me = await server.gql(`{ viewer { id } }`, {}, { token: admin });
    const myId = me.data!.viewer.id as string;
    const self = await mutate('deactivateStaffMember', 'DeactivateStaffMemberInput', MEMBER, {
      staffMemberId: myId,
    });
    expect(errorsOf(self)).toEqual(['staffMemberId:CANNOT_DEACTIVATE_SELF']);
    const demote = await mutate('updateStaffMember', 'UpdateStaffMemberInput', MEMBER, {
      staffMemberId: myId,
      roles: ['OPERATOR'],
    });
    expect(errorsOf(demote)).toEqual(['roles:LAST_ACTIVE_ADMIN']);

    // With a second administrator, the first may step down; the second is then the last one.
    const second = await createMember({ email: 'admin2@kizuna.example', roles: ['ADMIN'] });
    expect(second.userErrors).toEqual([]);
    const stepDown = await mutate('updateStaffMember', 'UpdateStaffMemberInput', MEMBER, {
      staffMemberId: myId,
      roles: ['OPERATOR', 'ADMIN'],
      displayName: '管理者',
    });
    expect(stepDown.staffMember).toMatchObject({
      displayName: '管理者',
      roles: ['OPERATOR', 'ADMIN'],
    });
    const deactivated = await mutate(
      'deactivateStaffMember',
      'DeactivateStaffMemberInput',
      MEMBER,
      {
        staffMemberId: second.staffMember.id,
      },
    );
    expect(deactivated.staffMember.active).toBe(false);
    const reactivated = await mutate(
      'reactivateStaffMember',
      'ReactivateStaffMemberInput',
      MEMBER,
      {
        staffMemberId: second.staffMember.id,
      },
    );
    expect(reactivated.staffMember.active).toBe(true);
    const twice = await mutate('reactivateStaffMember', 'ReactivateStaffMemberInput', MEMBER, {
      staffMemberId: second.staffMember.id,
    });
    expect(errorsOf(twice)).toEqual(['staffMemberId:NO_CHANGE']);
  });
});

describe('catalog administration', () => {
  const PLAN =
    'plan { id code monthlyFeeYen slaTargetPercent sortOrder active prices { monthlyFeeYen validFrom appliedAt } }';
  const plan = {
    code: 'ENTERPRISE',
    nameJa: 'エンタープライズ',
    nameEn: 'Enterprise',
    monthlyFeeYen: 50000,
    slaTargetPercent: 99.99,
    sortOrder: 10,
  };

  it('is refused to non-administrators', async () => {
    const operator = await server.loginAs('operator1@kizuna.example');
    const res = await server.gql(
      `mutation ($input: CreatePlanInput!) { createPlan(input: $input) { plan { id } } }`,
      { input: plan },
      { token: operator },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('validates plans and options and refuses duplicate codes', async () => {
    const bad = await mutate('createPlan', 'CreatePlanInput', PLAN, {
      ...plan,
      code: 'enterprise',
      nameEn: 'x'.repeat(101),
      monthlyFeeYen: 10_000_001,
      slaTargetPercent: 80,
    });
    expect(errorsOf(bad)).toEqual([
      'code:INVALID_CODE',
      'nameEn:TOO_LONG',
      'monthlyFeeYen:OUT_OF_RANGE',
      'slaTargetPercent:OUT_OF_RANGE',
    ]);
    expect(
      errorsOf(await mutate('createPlan', 'CreatePlanInput', PLAN, { ...plan, code: 'STANDARD' })),
    ).toEqual(['code:DUPLICATE']);
    const option = { nameJa: 'SMS', nameEn: 'SMS', monthlyFeeYen: 100 };
    const OPTION = 'option { id code optionGroup }';
    expect(
      errorsOf(
        await mutate('createOption', 'CreateOptionInput', OPTION, {
          ...option,
          code: 'MFA_SMS',
          kind: 'MFA',
        }),
      ),
    ).toEqual(['factorCategory:OUT_OF_RANGE']);
    expect(
      errorsOf(
        await mutate('createOption', 'CreateOptionInput', OPTION, {
          ...option,
          code: 'MFA_TOTP',
          kind: 'MFA',
          factorCategory: 'POSSESSION',
        }),
      ),
    ).toEqual(['code:DUPLICATE']);
    const storage = await mutate('createOption', 'CreateOptionInput', OPTION, {
      ...option,
      code: 'STORAGE_9TB',
      kind: 'STORAGE',
      optionGroup: 'STORAGE',
    });
    expect(storage.option).toMatchObject({ code: 'STORAGE_9TB', optionGroup: 'STORAGE' });
    const ungrouped = await mutate('updateOption', 'UpdateOptionInput', OPTION, {
      optionId: storage.option.id,
      optionGroup: null,
      active: false,
    });
    expect(ungrouped.option.optionGroup).toBeNull();
  });

  it('applies a scheduled price at 00:00 JST of its date through the contract-time worker, not a day earlier', async () => {
    const created = await mutate('createPlan', 'CreatePlanInput', PLAN, plan);
    const planId = created.plan.id as string;
    const SCHEDULE = `plan { ${PLAN.slice(6, -2)} } option { id }`;
    const past = await mutate('schedulePrice', 'SchedulePriceInput', SCHEDULE, {
      planId,
      monthlyFeeYen: 55000,
      validFrom: '2027-03-30',
    });
    expect(errorsOf(past)).toEqual(['validFrom:DATE_IN_PAST']);
    const scheduled = await mutate('schedulePrice', 'SchedulePriceInput', SCHEDULE, {
      planId,
      monthlyFeeYen: 55000,
      validFrom: '2027-04-02',
    });
    expect(scheduled.userErrors).toEqual([]);
    expect(scheduled.plan).toMatchObject({
      monthlyFeeYen: 50000,
      prices: [{ monthlyFeeYen: 55000, validFrom: '2027-04-02', appliedAt: null }],
    });
    const dup = await mutate('schedulePrice', 'SchedulePriceInput', SCHEDULE, {
      planId,
      monthlyFeeYen: 56000,
      validFrom: '2027-04-02',
    });
    expect(errorsOf(dup)).toEqual(['validFrom:DUPLICATE']);

    const feeOf = async () => {
      const res = await server.gql(`{ plans { code monthlyFeeYen } }`, {}, { token: admin });
      return res.data!.plans.find((p: LooseData) => p.code === 'ENTERPRISE').monthlyFeeYen;
    };
    clock.set('2027-04-01T23:59:59+09:00');
    expect((await runDueContractWork(server.db.dataSource, clock)).pricesApplied).toBe(0);
    expect(await feeOf()).toBe(50000);

    clock.set('2027-04-02T00:00:00+09:00');
    expect((await runDueContractWork(server.db.dataSource, clock)).pricesApplied).toBe(1);
    expect(await feeOf()).toBe(55000);
    expect((await runDueContractWork(server.db.dataSource, clock)).pricesApplied).toBe(0);

    // A price dated today is the current fee at once.
    const now = await mutate('schedulePrice', 'SchedulePriceInput', SCHEDULE, {
      planId,
      monthlyFeeYen: 60000,
      validFrom: '2027-04-02',
    });
    expect(errorsOf(now)).toEqual(['validFrom:DUPLICATE']);
    const todayPrice = await mutate(
      'schedulePrice',
      'SchedulePriceInput',
      'option { id monthlyFeeYen }',
      {
        optionId: (
          await server.gql(`{ options { id code } }`, {}, { token: admin })
        ).data!.options.find((o: LooseData) => o.code === 'MFA_TOTP').id,
        monthlyFeeYen: 250,
        validFrom: '2027-04-02',
      },
    );
    expect(todayPrice.option.monthlyFeeYen).toBe(250);

    const audit: { action: string }[] = await server.db.dataSource.query(
      `SELECT action FROM audit_event WHERE action LIKE 'catalogPrice.%' ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'catalogPrice.scheduled',
      'catalogPrice.applied',
      'catalogPrice.scheduled',
      'catalogPrice.applied',
    ]);
  });
});

describe('survey administration', () => {
  const SURVEY = 'survey { id code kind titleJa active }';
  const survey = {
    code: 'CSAT_SUPPORT',
    kind: 'CSAT',
    titleJa: 'サポート満足度',
    titleEn: 'Support satisfaction',
    questionJa: '満足しましたか？',
    questionEn: 'Were you satisfied?',
  };

  it('creates, validates, refuses duplicates and updates surveys (audited)', async () => {
    const created = await mutate('createSurvey', 'CreateSurveyInput', SURVEY, survey);
    expect(created.survey).toMatchObject({ code: 'CSAT_SUPPORT', kind: 'CSAT', active: true });
    expect(errorsOf(await mutate('createSurvey', 'CreateSurveyInput', SURVEY, survey))).toEqual([
      'code:DUPLICATE',
    ]);
    expect(
      errorsOf(
        await mutate('createSurvey', 'CreateSurveyInput', SURVEY, {
          ...survey,
          code: 'csat',
          titleEn: '',
          questionJa: 'x'.repeat(501),
        }),
      ),
    ).toEqual(['code:INVALID_CODE', 'titleEn:REQUIRED', 'questionJa:TOO_LONG']);
    const updated = await mutate('updateSurvey', 'UpdateSurveyInput', SURVEY, {
      surveyId: created.survey.id,
      titleJa: '新しい題名',
      active: false,
    });
    expect(updated.survey).toMatchObject({ titleJa: '新しい題名', active: false });
    const analyst = await server.loginAs('analyst@kizuna.example');
    const res = await server.gql(
      `mutation ($input: CreateSurveyInput!) { createSurvey(input: $input) { survey { id } } }`,
      { input: { ...survey, code: 'OTHER' } },
      { token: analyst },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const [audit] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE action IN ('survey.created', 'survey.updated')`,
    );
    expect(audit.n).toBe(2);
  });
});

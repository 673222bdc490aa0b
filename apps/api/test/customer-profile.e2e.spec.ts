import { ManualClock } from '@kizuna/domain';
import { corporateNumber, createTrialCustomer } from './helpers/factories';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

// Monday 2027-03-01 10:00 in Tokyo; no test here depends on the day, every one on the clock.
const clock = new ManualClock('2027-03-01T10:00:00+09:00');
let server: TestServer;
let operator: string;

beforeAll(async () => {
  server = await startTestServer({ clock });
  operator = await server.loginAs('operator1@kizuna.example');
});
afterAll(() => server.close());

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
const db = () => server.db.dataSource;

const PROFILE = `id version name nameKana corporateNumber annualRevenueYen currentRatio employeeCount industry engagement`;
const UPDATE = `mutation ($input: UpdateCustomerInput!) { updateCustomer(input: $input) {
  customer { ${PROFILE} } userErrors { code field message messageEn } } }`;
const CONTACTS = `contacts { id fullName familyName givenName familyNameKana givenNameKana email phone role isPrimary }`;
const contactPayload = `contact { id familyName email phone role isPrimary } customer { id ${CONTACTS} } userErrors { code field message }`;
const ADD = `mutation ($input: AddContactInput!) { addContact(input: $input) { ${contactPayload} } }`;
const EDIT = `mutation ($input: UpdateContactInput!) { updateContact(input: $input) { ${contactPayload} } }`;
const REMOVE = `mutation ($input: RemoveContactInput!) { removeContact(input: $input) { removedContactId ${contactPayload} } }`;
const SET_PRIMARY = `mutation ($input: SetPrimaryContactInput!) { setPrimaryContact(input: $input) { ${contactPayload} } }`;
const CUSTOMER = `query ($id: ID!) { customer(id: $id) { ${PROFILE} ${CONTACTS} } }`;

async function as(token: string, query: string, input: Record<string, unknown>) {
  const res = await server.gql(query, { input }, { token });
  expect(res.errors).toBeUndefined();
  return Object.values(res.data!)[0] as LooseData;
}

async function customerNow(id: string) {
  const res = await server.gql(CUSTOMER, { id }, { token: operator });
  return res.data!.customer as LooseData;
}

/** The customer's events for integrators, oldest first. */
async function eventsOf(customerId: string): Promise<{ type: string; payload: LooseData }[]> {
  return db().query(`SELECT type, payload FROM outbox_event WHERE aggregate_id = $1 ORDER BY seq`, [
    dbId(customerId),
  ]);
}

/** The audit trail's events of an action about the customer, oldest first, as stored. */
async function auditOf(customerId: string, action: string): Promise<LooseData[]> {
  return db().query(
    `SELECT actor_name AS "actorName", before, after FROM audit_event
      WHERE entity_id = $1 AND action = $2 ORDER BY id`,
    [dbId(customerId), action],
  );
}

/** Every stored text of the audit trail and the outbox that holds one of these values. */
async function leaks(values: readonly string[]): Promise<string[]> {
  const rows: { text: string }[] = await db().query(
    `SELECT coalesce(before::text, '') || ' ' || coalesce(after::text, '') AS text FROM audit_event
     UNION ALL SELECT payload::text FROM outbox_event`,
  );
  return values.filter((v) => rows.some((r) => r.text.includes(v)));
}

describe('updateCustomer', () => {
  it('changes the company record at the version read, audited and announced', async () => {
    const customer = await createTrialCustomer(server);
    const before = await customerNow(customer.id);
    expect(before).toMatchObject({
      version: 1,
      annualRevenueYen: null,
      currentRatio: null,
      employeeCount: null,
      industry: null,
      engagement: null,
    });

    const updated = await as(operator, UPDATE, {
      customerId: customer.id,
      version: 1,
      name: '  株式会社　テスト精機 ',
      nameKana: 'てすとせいき',
      // More than Int's 2^31: the revenue of a mid-sized company.
      annualRevenueYen: 12_500_000_000,
      currentRatio: 1.456,
      employeeCount: 340,
      industry: 'MANUFACTURING',
      engagement: 'HIGH',
    });
    expect(updated.userErrors).toEqual([]);
    expect(updated.customer).toEqual({
      id: customer.id,
      version: 2,
      name: '株式会社 テスト精機',
      nameKana: 'テストセイキ',
      corporateNumber: customer.corporateNumber,
      annualRevenueYen: 12_500_000_000,
      currentRatio: 1.46,
      employeeCount: 340,
      industry: 'MANUFACTURING',
      engagement: 'HIGH',
    });
    expect(await customerNow(customer.id)).toMatchObject(updated.customer);

    // Company data only: the trail records the changed fields before and after.
    const [audit] = await auditOf(customer.id, 'customer.updated');
    expect(audit).toEqual({
      actorName: expect.stringContaining('operator1'),
      before: {
        name: customer.name,
        nameKana: 'カブシキガイシャテスト',
        annualRevenueYen: null,
        currentRatio: null,
        employeeCount: null,
        industry: null,
        engagement: null,
        version: 1,
      },
      after: {
        name: '株式会社 テスト精機',
        nameKana: 'テストセイキ',
        annualRevenueYen: 12_500_000_000,
        currentRatio: 1.46,
        employeeCount: 340,
        industry: 'MANUFACTURING',
        engagement: 'HIGH',
        version: 2,
        changedFields: [
          'name',
          'nameKana',
          'annualRevenueYen',
          'currentRatio',
          'employeeCount',
          'industry',
          'engagement',
        ],
      },
    });
    // Integrators hear which fields changed, never the values (not even the company's name).
    const events = await eventsOf(customer.id);
    expect(events.at(-1)).toEqual({
      type: 'customer.updated',
      payload: {
        customerId: customer.id,
        version: 2,
        changedFields: audit!.after.changedFields,
      },
    });

    // A field left out is kept; null clears; the same values again change nothing.
    const cleared = await as(operator, UPDATE, {
      customerId: customer.id,
      version: 2,
      engagement: null,
      employeeCount: 340,
    });
    expect(cleared.customer).toMatchObject({ version: 3, engagement: null, employeeCount: 340 });
    const same = await as(operator, UPDATE, {
      customerId: customer.id,
      version: 3,
      name: '株式会社 テスト精機',
      industry: 'MANUFACTURING',
    });
    expect(same).toMatchObject({ userErrors: [], customer: { version: 3 } });
    expect(await auditOf(customer.id, 'customer.updated')).toHaveLength(2);
    expect((await eventsOf(customer.id)).filter((e) => e.type === 'customer.updated')).toHaveLength(
      2,
    );
  });

  it('refuses a stale version and changes nothing', async () => {
    const customer = await createTrialCustomer(server);
    await as(operator, UPDATE, { customerId: customer.id, version: 1, employeeCount: 10 });
    const stale = await as(await server.loginAs('operator2@kizuna.example'), UPDATE, {
      customerId: customer.id,
      version: 1,
      employeeCount: 20,
    });
    expect(stale).toEqual({
      customer: null,
      userErrors: [
        {
          code: 'STALE_VERSION',
          field: 'version',
          message: expect.stringContaining('変更されています'),
          messageEn: expect.stringContaining('changed'),
        },
      ],
    });
    expect(await customerNow(customer.id)).toMatchObject({ version: 2, employeeCount: 10 });
  });

  it('reports every invalid field at once, in the caller’s language, and writes nothing', async () => {
    const customer = await createTrialCustomer(server);
    const res = await server.gql(
      UPDATE,
      {
        input: {
          customerId: customer.id,
          version: 1,
          name: ' ',
          nameKana: 'Test Seiki',
          corporateNumber: '1234567890123',
          annualRevenueYen: -1,
          currentRatio: 1200,
          employeeCount: -5,
        },
      },
      { token: operator, headers: { 'accept-language': 'en' } },
    );
    const payload = res.data!.updateCustomer;
    expect(payload.customer).toBeNull();
    expect(payload.userErrors.map((e: LooseData) => [e.code, e.field])).toEqual([
      ['REQUIRED', 'name'],
      ['INVALID_KANA', 'nameKana'],
      ['INVALID_CORPORATE_NUMBER', 'corporateNumber'],
      ['OUT_OF_RANGE', 'annualRevenueYen'],
      ['OUT_OF_RANGE', 'employeeCount'],
      ['OUT_OF_RANGE', 'currentRatio'],
    ]);
    expect(payload.userErrors[0].message).toBe('This field is required.');
    expect(await customerNow(customer.id)).toMatchObject({ version: 1, name: customer.name });
    expect(await auditOf(customer.id, 'customer.updated')).toEqual([]);
  });

  it('refuses the corporate number of another company', async () => {
    const first = await createTrialCustomer(server);
    const second = await createTrialCustomer(server);
    const res = await as(operator, UPDATE, {
      customerId: second.id,
      version: 1,
      corporateNumber: first.corporateNumber,
    });
    expect(res.userErrors).toEqual([
      expect.objectContaining({ code: 'DUPLICATE', field: 'corporateNumber' }),
    ]);
    const fresh = corporateNumber();
    const ok = await as(operator, UPDATE, {
      customerId: second.id,
      version: 1,
      corporateNumber: fresh,
    });
    expect(ok.customer.corporateNumber).toBe(fresh);
  });

  it('is for customers:write: checkers, analysts and read-only keys are refused', async () => {
    const customer = await createTrialCustomer(server);
    const admin = await server.loginAs('admin@kizuna.example');
    const key = await server.gql(
      `mutation ($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }`,
      { input: { name: 'crm read', scopes: ['customers:read'] } },
      { token: admin },
    );
    for (const token of [
      await server.loginAs('checker1@kizuna.example'),
      await server.loginAs('analyst@kizuna.example'),
      key.data!.createApiKey.key as string,
    ]) {
      const res = await server.gql(
        UPDATE,
        { input: { customerId: customer.id, version: 1, employeeCount: 1 } },
        { token },
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // The figures are company data: every reader sees them.
    const read = await server.gql(
      `query ($id: ID!) { customer(id: $id) { version annualRevenueYen industry engagement } }`,
      { id: customer.id },
      { token: await server.loginAs('analyst@kizuna.example') },
    );
    expect(read.data!.customer).toEqual({
      version: 1,
      annualRevenueYen: null,
      industry: null,
      engagement: null,
    });
  });

  it('refuses to change an erased customer, or its contacts', async () => {
    const customer = await createTrialCustomer(server);
    const [contact] = (await customerNow(customer.id)).contacts;
    // Stage only: erasure itself is tested in erasure.e2e.spec.ts and tasks.e2e.spec.ts.
    await db().query(`UPDATE customer SET stage = 'ERASED' WHERE id = $1`, [dbId(customer.id)]);
    const update = await as(operator, UPDATE, { customerId: customer.id, version: 1, name: 'x' });
    expect(update.userErrors).toEqual([
      expect.objectContaining({ code: 'CUSTOMER_ERASED', field: 'customerId' }),
    ]);
    const add = await as(operator, ADD, {
      customerId: customer.id,
      familyName: '佐藤',
      email: 'sato@example.co.jp',
    });
    expect(add.userErrors).toEqual([
      expect.objectContaining({ code: 'CUSTOMER_ERASED', field: 'customerId' }),
    ]);
    const edit = await as(operator, EDIT, { contactId: contact.id, phone: null });
    expect(edit.userErrors).toEqual([expect.objectContaining({ code: 'CUSTOMER_ERASED' })]);
  });
});

describe('contacts', () => {
  it('adds, corrects, makes primary and removes contacts, audited and announced without values', async () => {
    const customer = await createTrialCustomer(server);
    const [first] = (await customerNow(customer.id)).contacts;
    expect(first).toMatchObject({ isPrimary: true });

    const added = await as(operator, ADD, {
      customerId: customer.id,
      familyName: '鳳凰院',
      givenName: '凶真',
      familyNameKana: 'ほうおういん',
      givenNameKana: 'ｷｮｳﾏ',
      email: 'kyoma.hououin@example.co.jp',
      phone: '０９０－８７６５－４３２１',
      role: 'ADMINISTRATOR',
    });
    expect(added.userErrors).toEqual([]);
    expect(added.contact).toEqual({
      id: expect.any(String),
      familyName: '鳳凰院',
      email: 'kyoma.hououin@example.co.jp',
      phone: '090-8765-4321',
      role: 'ADMINISTRATOR',
      isPrimary: false,
    });
    const second = added.contact.id as string;
    expect(added.customer.contacts.map((c: LooseData) => [c.id, c.isPrimary])).toEqual([
      [first.id, true],
      [second, false],
    ]);

    const edited = await as(operator, EDIT, {
      contactId: second,
      email: 'k.hououin@example.co.jp',
      givenNameKana: 'きょうま',
      phone: null,
      role: 'DECISION_MAKER',
    });
    expect(edited.contact).toMatchObject({
      email: 'k.hououin@example.co.jp',
      phone: null,
      role: 'DECISION_MAKER',
    });
    // A role left out is kept; null clears it.
    const kept = await as(operator, EDIT, { contactId: second, email: 'k.hououin@example.co.jp' });
    expect(kept.contact.role).toBe('DECISION_MAKER');

    const refused = await as(operator, REMOVE, { contactId: first.id });
    expect(refused.userErrors).toEqual([
      expect.objectContaining({ code: 'PRIMARY_CONTACT_REQUIRED', field: 'contactId' }),
    ]);

    const promoted = await as(operator, SET_PRIMARY, { contactId: second });
    expect(promoted.customer.contacts.map((c: LooseData) => [c.id, c.isPrimary])).toEqual([
      [second, true],
      [first.id, false],
    ]);
    const removed = await as(operator, REMOVE, { contactId: first.id });
    expect(removed).toMatchObject({ userErrors: [], contact: null, removedContactId: first.id });
    expect((await customerNow(customer.id)).contacts.map((c: LooseData) => c.id)).toEqual([second]);

    // The trail says what changed, never a value.
    const trail = await auditOf(customer.id, 'customer.contactChanged');
    expect(trail.map((e) => e.after)).toEqual([
      { contactId: dbId(second), change: 'ADDED', changedFields: [] },
      { contactId: dbId(second), change: 'UPDATED', changedFields: ['email', 'phone', 'role'] },
      { contactId: dbId(second), change: 'PRIMARY_CHANGED', changedFields: [] },
      { contactId: dbId(first.id), change: 'REMOVED', changedFields: [] },
    ]);
    expect(trail[2]!.before).toEqual({ primaryContactId: dbId(first.id) });
    const events = (await eventsOf(customer.id)).filter(
      (e) => e.type === 'customer.contact_changed',
    );
    expect(events.map((e) => e.payload)).toEqual([
      { customerId: customer.id, contactId: second, change: 'ADDED', changedFields: [] },
      {
        customerId: customer.id,
        contactId: second,
        change: 'UPDATED',
        changedFields: ['email', 'phone', 'role'],
      },
      {
        customerId: customer.id,
        contactId: second,
        change: 'PRIMARY_CHANGED',
        changedFields: [],
        previousPrimaryContactId: first.id,
      },
      { customerId: customer.id, contactId: first.id, change: 'REMOVED', changedFields: [] },
    ]);
    expect(
      await leaks([
        '鳳凰院',
        '凶真',
        'ホウオウイン',
        'kyoma.hououin@example.co.jp',
        'k.hououin@example.co.jp',
        '090-8765-4321',
        first.email,
      ]),
    ).toEqual([]);
  });

  it('keeps a role for each contact, cleared with null and refused when unknown', async () => {
    const customer = await createTrialCustomer(server);
    const added = await as(operator, ADD, {
      customerId: customer.id,
      familyName: '経理',
      email: 'keiri@example.co.jp',
      role: 'BILLING',
    });
    const contactId = added.contact.id as string;
    const [row] = await db().query(`SELECT role FROM customer_contact WHERE id = $1`, [
      dbId(contactId),
    ]);
    expect(row).toEqual({ role: 'BILLING' });
    const cleared = await as(operator, EDIT, { contactId, role: null });
    expect(cleared.contact.role).toBeNull();
    const trail = await auditOf(customer.id, 'customer.contactChanged');
    expect(trail.at(-1)!.after).toEqual({
      contactId: dbId(contactId),
      change: 'UPDATED',
      changedFields: ['role'],
    });
    const unknown = await server.gql(
      EDIT,
      { input: { contactId, role: 'CEO' } },
      { token: operator },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses invalid contacts with a code, a field and a message', async () => {
    const customer = await createTrialCustomer(server);
    const res = await as(operator, ADD, {
      customerId: customer.id,
      familyName: '',
      familyNameKana: 'Sato',
      email: 'sato@',
      phone: '12-34',
    });
    expect(res.contact).toBeNull();
    expect(res.userErrors).toEqual([
      { code: 'REQUIRED', field: 'familyName', message: '入力してください。' },
      { code: 'INVALID_KANA', field: 'familyNameKana', message: expect.any(String) },
      { code: 'INVALID_EMAIL', field: 'email', message: expect.any(String) },
      { code: 'INVALID_PHONE', field: 'phone', message: expect.any(String) },
    ]);
    const [contact] = (await customerNow(customer.id)).contacts;
    const cleared = await as(operator, EDIT, { contactId: contact.id, email: null });
    expect(cleared.userErrors).toEqual([
      expect.objectContaining({ code: 'REQUIRED', field: 'email' }),
    ]);
    const missing = await as(operator, EDIT, { contactId: 'bm9wZQ', email: 'a@b.jp' });
    expect(missing.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: 'contactId' }),
    ]);
    expect(await auditOf(customer.id, 'customer.contactChanged')).toEqual([]);
  });

  it('is for personal-data:write (operators and admins): checkers and analysts are refused', async () => {
    const customer = await createTrialCustomer(server);
    const input = { customerId: customer.id, familyName: '佐藤', email: 'sato@example.co.jp' };
    for (const email of ['checker1@kizuna.example', 'analyst@kizuna.example']) {
      const res = await server.gql(ADD, { input }, { token: await server.loginAs(email) });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const admin = await as(await server.loginAs('admin@kizuna.example'), ADD, input);
    expect(admin.userErrors).toEqual([]);
    const viewer = await server.gql(`{ viewer { permissions } }`, {}, { token: operator });
    expect(viewer.data!.viewer.permissions).toContain('personal-data:write');
  });

  it('keeps exactly one primary contact in the database too', async () => {
    const customer = await createTrialCustomer(server);
    const id = dbId(customer.id);
    const added = await as(operator, ADD, {
      customerId: customer.id,
      familyName: '佐藤',
      email: 'sato@example.co.jp',
    });
    // A second primary is refused at once (unique index)...
    await expect(
      db().query(`UPDATE customer_contact SET is_primary = true WHERE id = $1`, [
        dbId(added.contact.id),
      ]),
    ).rejects.toThrow(/customer_contact_one_primary_idx/);
    // ...and none at all when the transaction commits (constraint trigger).
    await expect(
      db().transaction((m) =>
        m.query(`UPDATE customer_contact SET is_primary = false WHERE customer_id = $1`, [id]),
      ),
    ).rejects.toThrow(/no primary contact/);
    await expect(
      db().transaction((m) =>
        m.query(`DELETE FROM customer_contact WHERE customer_id = $1 AND is_primary`, [id]),
      ),
    ).rejects.toThrow(/no primary contact/);
    // A customer without any contact (an erased one) has none to be primary.
    await db().query(`DELETE FROM customer_contact WHERE customer_id = $1`, [id]);
    const [{ n }] = await db().query(
      `SELECT count(*)::int AS n FROM customer_contact WHERE customer_id = $1`,
      [id],
    );
    expect(n).toBe(0);
  });
});

import { verifyAuditChain } from '../src/features/audit/audit-verify';
import { createTrialCustomer } from './helpers/factories';
import { approve, draftConversion, today } from './helpers/provisioning';
import { startTestServer, type TestServer } from './helpers/test-server';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

describe('near-misses and incidents', () => {
  const RECORD = `mutation ($input: RecordNearMissInput!) { recordNearMiss(input: $input) {
    nearMiss { id kind status source description causeCategory countermeasure customer { id } reportedBy { displayName } }
    userErrors { code field } } }`;
  const UPDATE = `mutation ($input: UpdateNearMissInput!) { updateNearMiss(input: $input) {
    nearMiss { id status causeCategory countermeasure } userErrors { code field } } }`;

  it('records an incident by hand, then its cause and countermeasure', async () => {
    const customer = await createTrialCustomer(server);
    const operator = await server.loginAs('operator1@kizuna.example');
    const empty = await server.gql(
      RECORD,
      { input: { kind: 'INCIDENT', description: ' ' } },
      { token: operator },
    );
    expect(empty.data?.recordNearMiss.userErrors).toEqual([
      { code: 'REQUIRED', field: 'description' },
    ]);
    const created = await server.gql(
      RECORD,
      {
        input: {
          kind: 'INCIDENT',
          description: '誤ったオプションが有効化された',
          customerId: customer.id,
          fields: ['optionCodes'],
          causeCategory: 'CATALOG_CONFUSION',
        },
      },
      { token: operator },
    );
    const nearMiss = created.data?.recordNearMiss.nearMiss;
    expect(nearMiss).toMatchObject({
      kind: 'INCIDENT',
      status: 'OPEN',
      source: 'MANUAL',
      customer: { id: customer.id },
    });
    expect(nearMiss.reportedBy.displayName).toContain('operator1');
    const checker = await server.loginAs('checker1@kizuna.example');
    const updated = await server.gql(
      UPDATE,
      {
        input: {
          nearMissId: nearMiss.id,
          countermeasure: 'オプション名に種別を表示する',
          status: 'COUNTERMEASURE_PLANNED',
        },
      },
      { token: checker },
    );
    expect(updated.data?.updateNearMiss.nearMiss).toMatchObject({
      status: 'COUNTERMEASURE_PLANNED',
      countermeasure: 'オプション名に種別を表示する',
    });
    const analyst = await server.loginAs('analyst@kizuna.example');
    const denied = await server.gql(
      UPDATE,
      { input: { nearMissId: nearMiss.id, status: 'CLOSED' } },
      { token: analyst },
    );
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each([
    [
      'an occurrence in the future',
      { occurredAt: new Date(Date.now() + 3_600_000).toISOString() },
      [{ code: 'DATE_IN_FUTURE', field: 'occurredAt' }],
    ],
    [
      'an impossible date',
      { occurredAt: '2026-02-30 10:00' },
      [{ code: 'INVALID_DATE_TIME', field: 'occurredAt' }],
    ],
    [
      'texts over 2,000 characters',
      { description: 'x'.repeat(2001), countermeasure: 'y'.repeat(2001) },
      [
        { code: 'TOO_LONG', field: 'description' },
        { code: 'TOO_LONG', field: 'countermeasure' },
      ],
    ],
  ])('refuses to record %s, and records nothing', async (_case, input, errors) => {
    const operator = await server.loginAs('operator1@kizuna.example');
    const before = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM near_miss`);
    const res = await server.gql(
      RECORD,
      { input: { kind: 'NEAR_MISS', description: '事象', ...input } },
      { token: operator },
    );
    expect(res.data?.recordNearMiss).toEqual({ nearMiss: null, userErrors: errors });
    const after = await server.db.dataSource.query(`SELECT count(*)::int AS n FROM near_miss`);
    expect(after).toEqual(before);
  });

  it('reports what the check caught by week, request kind and field', async () => {
    const customer = await createTrialCustomer(server);
    const date = today();
    const request = await draftConversion(server, customer.id, { effectiveDate: date });
    await approve(server, 'checker1@kizuna.example', request, {
      planCode: 'BASIC',
      optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
      effectiveDate: date,
    });
    const token = await server.loginAs('checker1@kizuna.example');
    const report = await server.gql(
      `{ nearMissReport { byWeek { key nearMisses incidents } byRequestKind { key nearMisses } byField { key nearMisses incidents }
         requestsChecked requestsReturned requestsApplied } }`,
      {},
      { token },
    );
    const r = report.data?.nearMissReport;
    expect(r.byRequestKind).toContainEqual({ key: 'CONVERSION', nearMisses: 1 });
    expect(r.byField).toContainEqual({ key: 'planCode', nearMisses: 1, incidents: 0 });
    expect(r.byField).toContainEqual({ key: 'optionCodes', nearMisses: 0, incidents: 1 });
    expect(r.byWeek.reduce((n: number, w: { nearMisses: number }) => n + w.nearMisses, 0)).toBe(1);
    expect(r.byWeek[0].key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(r.requestsReturned).toBe(1);
    const list = await server.gql(
      `{ nearMisses(first: 10, filter: { kind: NEAR_MISS }) { totalCount edges { node { fields source request { id } } } } }`,
      {},
      { token },
    );
    expect(list.data?.nearMisses.totalCount).toBe(1);
    expect(list.data?.nearMisses.edges[0].node).toEqual({
      fields: ['planCode'],
      source: 'AUTOMATIC',
      request: { id: request.id },
    });
  });
});

describe('audit trail', () => {
  it('is append-only: the database refuses UPDATE and DELETE, even to its owner', async () => {
    await createTrialCustomer(server);
    await server.db.asOwner(async (owner) => {
      await expect(owner.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(
        /append-only/,
      );
      await expect(owner.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    });
  });

  it('lists events by entity and actor, without personal data', async () => {
    const customer = await createTrialCustomer(server);
    const token = await server.loginAs('checker1@kizuna.example');
    const res = await server.gql(
      `query ($f: AuditEventFilter) { auditEvents(first: 10, filter: $f) { edges { node { action entityType entityId actorName after hash } } } }`,
      { f: { entityId: customer.id } },
      { token },
    );
    const [event] = res.data!.auditEvents.edges.map((e: { node: unknown }) => e.node);
    expect(event).toMatchObject({
      action: 'customer.trialStarted',
      entityType: 'Customer',
      entityId: customer.id,
    });
    expect(event.actorName).toContain('operator1');
    expect(event.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(event.after)).not.toMatch(/山田|example\.co\.jp/);
  });

  it('names the entities before/after refer to by their global ids', async () => {
    const customer = await createTrialCustomer(server);
    const request = await draftConversion(server, customer.id, { effectiveDate: today() });
    const applied = await approve(server, 'checker1@kizuna.example', request, {
      planCode: 'STANDARD',
      optionCodes: ['MFA_TOTP', 'MFA_PASSWORD'],
      effectiveDate: today(),
    });
    expect(applied.userErrors).toEqual([]);
    const token = await server.loginAs('checker1@kizuna.example');
    const res = await server.gql(
      `query ($f: AuditEventFilter) { auditEvents(first: 20, filter: $f) { edges { node {
        action after references { key value entityType entityId } } } } }`,
      { f: { action: 'provisioningRequest.applied' } },
      { token },
    );
    const events = res.data!.auditEvents.edges.map(
      (e: { node: { after: { provisioningRequestId: string }; references: unknown[] } }) => e.node,
    );
    const event = events.find((e: { references: { entityId: string }[] }) =>
      e.references.some((r) => r.entityId === request.id),
    );
    // The request's global id, as the API hands it out, for the raw id in before/after.
    expect(event.references).toEqual([
      {
        key: 'provisioningRequestId',
        value: event.after.provisioningRequestId,
        entityType: 'ProvisioningRequest',
        entityId: request.id,
      },
    ]);
    // node(id:) takes it.
    const node = await server.gql(
      `query ($id: ID!) { node(id: $id) { id } }`,
      { id: request.id },
      {
        token,
      },
    );
    expect(node.data?.node?.id).toBe(request.id);
  });

  it('verifies the hash chain and names the first tampered event', async () => {
    for (let i = 0; i < 3; i += 1) await createTrialCustomer(server);
    const ds = server.db.dataSource;
    const intact = await verifyAuditChain(ds);
    expect(intact).toMatchObject({ ok: true, reason: null });
    expect(intact.checked).toBeGreaterThanOrEqual(3);

    const [{ id }] = await ds.query(
      `SELECT id::text FROM audit_event ORDER BY id LIMIT 1 OFFSET 1`,
    );
    // The owner bypassing the trigger: exactly what the chain is there to expose.
    await server.db.asOwner(async (owner) => {
      await owner.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete`);
      await owner.query(
        `UPDATE audit_event SET after = jsonb_set(after, '{name}', '"改ざん"') WHERE id = $1`,
        [id],
      );
      await owner.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete`);
    });
    const broken = await verifyAuditChain(ds);
    expect(broken).toMatchObject({
      ok: false,
      firstBrokenId: id,
      reason: expect.stringContaining('hash'),
    });

    const token = await server.loginAs('admin@kizuna.example');
    const status = await server.gql(
      `{ auditChainStatus { ok firstBrokenId fault } }`,
      {},
      {
        token,
      },
    );
    // The console puts the fault in words: 「#id の内容がハッシュと一致しません」.
    expect(status.data?.auditChainStatus).toEqual({
      ok: false,
      firstBrokenId: id,
      fault: 'HASH_MISMATCH',
    });
  });
});

// Last: these record near-misses, which the weekly report above counts exactly.
describe('near-misses: a related request, an edit', () => {
  const RECORD = `mutation ($input: RecordNearMissInput!) { recordNearMiss(input: $input) {
    nearMiss { id customer { id } } userErrors { code field } } }`;
  const UPDATE = `mutation ($input: UpdateNearMissInput!) { updateNearMiss(input: $input) {
    nearMiss { id } userErrors { code field } } }`;

  it('refuses an edited countermeasure over 2,000 characters', async () => {
    const operator = await server.loginAs('operator1@kizuna.example');
    const created = await server.gql(
      RECORD,
      { input: { kind: 'NEAR_MISS', description: '事象' } },
      { token: operator },
    );
    const res = await server.gql(
      UPDATE,
      {
        input: {
          nearMissId: created.data?.recordNearMiss.nearMiss.id,
          countermeasure: 'y'.repeat(2001),
        },
      },
      { token: operator },
    );
    expect(res.data?.updateNearMiss.userErrors).toEqual([
      { code: 'TOO_LONG', field: 'countermeasure' },
    ]);
  });

  it('refuses a related request of another customer than the one named', async () => {
    const [mine, other] = [await createTrialCustomer(server), await createTrialCustomer(server)];
    const request = await draftConversion(server, other.id);
    const operator = await server.loginAs('operator1@kizuna.example');
    const res = await server.gql(
      RECORD,
      {
        input: {
          kind: 'NEAR_MISS',
          description: '事象',
          customerId: mine.id,
          requestId: request.id,
        },
      },
      { token: operator },
    );
    expect(res.data?.recordNearMiss.userErrors).toEqual([
      { code: 'OTHER_CUSTOMER', field: 'requestId' },
    ]);
    const same = await server.gql(
      RECORD,
      {
        input: {
          kind: 'NEAR_MISS',
          description: '事象',
          customerId: other.id,
          requestId: request.id,
        },
      },
      { token: operator },
    );
    expect(same.data?.recordNearMiss.nearMiss.customer.id).toBe(other.id);
  });
});

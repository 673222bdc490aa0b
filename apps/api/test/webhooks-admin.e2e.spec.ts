import { ManualClock } from '@kizuna/domain';
import { issueApiKey } from '../src/features/auth/auth.service';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';
import { startWebhookReceiver, type WebhookReceiver } from './helpers/webhook-receiver';
import { ENDPOINT_FIELDS, webhookHelpers } from './helpers/webhooks';

/** Managing webhook endpoints through GraphQL (issue 14); delivery is webhooks.e2e. */
const START = '2027-01-01T10:00:00+09:00';
const clock = new ManualClock(START);
let server: TestServer;
let admin: string;
let receiver: WebhookReceiver;
let w: ReturnType<typeof webhookHelpers>;
const allowPrivate = process.env.KIZUNA_WEBHOOK_ALLOW_PRIVATE;

beforeAll(async () => {
  server = await startTestServer({ clock });
  admin = await server.loginAs('admin@kizuna.example');
  w = webhookHelpers(server, clock, () => admin);
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver.close();
  await server.close();
  process.env.KIZUNA_WEBHOOK_ALLOW_PRIVATE = allowPrivate;
});
beforeEach(() => {
  process.env.KIZUNA_WEBHOOK_ALLOW_PRIVATE = 'true';
  clock.set(START);
});

const dbId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;
const codes = (payload: LooseData) =>
  (payload.userErrors as { code: string; field: string }[]).map((e) => `${e.field}:${e.code}`);
const create = (input: Record<string, unknown>) =>
  w.mutate(
    'createWebhookEndpoint',
    'CreateWebhookEndpointInput',
    `secret webhookEndpoint { ${ENDPOINT_FIELDS} }`,
    input,
  );
const update = (input: Record<string, unknown>) =>
  w.mutate(
    'updateWebhookEndpoint',
    'UpdateWebhookEndpointInput',
    `webhookEndpoint { ${ENDPOINT_FIELDS} }`,
    input,
  );

describe('endpoints', () => {
  it('creates an endpoint and shows its secret once; the database holds it sealed, the audit trail not at all', async () => {
    const created = await create({
      url: receiver.url,
      eventTypes: ['subscription.changed', 'customer.churned', 'customer.churned'],
      description: ' 請求システム ',
    });
    expect(created.userErrors).toEqual([]);
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(created.secret.slice(6), 'base64')).toHaveLength(32);
    expect(created.webhookEndpoint).toMatchObject({
      url: receiver.url,
      eventTypes: ['customer.churned', 'subscription.changed'],
      description: '請求システム',
      status: 'ENABLED',
      disabledReason: null,
      failingSince: null,
      previousSecretExpiresAt: null,
      createdAt: clock.now().toISOString(),
    });

    const listed = await server.gql(
      `query { webhookEndpoints(first: 10) { totalCount edges { node { id url } } } }`,
      {},
      { token: admin },
    );
    expect(listed.data?.webhookEndpoints.edges).toContainEqual({
      node: { id: created.webhookEndpoint.id, url: receiver.url },
    });
    // The schema has no field that could show it again.
    const secretField = await server.gql(
      `query { webhookEndpoints(first: 1) { edges { node { secret } } } }`,
      {},
      { token: admin },
    );
    expect(secretField.errors?.[0]?.message).toMatch(/Cannot query field "secret"/);

    const key = Buffer.from(created.secret.slice(6), 'base64');
    const [row]: { sealed: Buffer }[] = await server.db.dataSource.query(
      `SELECT secret_sealed AS sealed FROM webhook_endpoint WHERE id = $1`,
      [dbId(created.webhookEndpoint.id)],
    );
    expect(row!.sealed.includes(key)).toBe(false);
    expect(row!.sealed.toString('latin1')).not.toContain(created.secret.slice(6));

    const audits: { action: string; after: Record<string, unknown> }[] =
      await server.db.dataSource.query(
        `SELECT action, after FROM audit_event WHERE entity_id = $1`,
        [dbId(created.webhookEndpoint.id)],
      );
    expect(audits).toEqual([
      {
        action: 'webhookEndpoint.created',
        after: {
          urlOrigin: new URL(receiver.url).origin,
          urlSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
          eventTypes: ['customer.churned', 'subscription.changed'],
          description: '請求システム',
        },
      },
    ]);
    expect(JSON.stringify(audits)).not.toContain(created.secret.slice(6));
    expect(JSON.stringify(audits)).not.toContain('/hooks/kizuna');
  });

  it.each([
    ['not a url', 'url:INVALID_WEBHOOK_URL'],
    ['ftp://files.example.com/', 'url:INVALID_WEBHOOK_URL'],
    ['https://user:secret@hooks.example.com/', 'url:INVALID_WEBHOOK_URL'],
    ['', 'url:REQUIRED'],
    ['https://no-such-host.invalid/hook', 'url:WEBHOOK_HOST_NOT_FOUND'],
  ])('refuses the URL %j', async (url, refusal) => {
    const payload = await create({ url });
    expect(payload.webhookEndpoint).toBeNull();
    expect(payload.secret).toBeNull();
    expect(codes(payload)).toEqual([refusal]);
  });

  it('refuses unknown event types, naming them in Japanese and English', async () => {
    const payload = await create({
      url: receiver.url,
      eventTypes: ['customer.churned', 'customer.deleted'],
    });
    expect(payload.userErrors).toEqual([
      {
        code: 'UNKNOWN_EVENT_TYPE',
        field: 'eventTypes',
        message: '存在しないイベント種別です（customer.deleted）。',
        messageJa: '存在しないイベント種別です（customer.deleted）。',
        messageEn: 'Unknown event type (customer.deleted).',
      },
    ]);
  });

  it.each([
    ['a loopback address', () => receiver.url, '127.0.0.1'],
    [
      'a host name that resolves to loopback',
      () => receiver.url.replace('127.0.0.1', 'localhost'),
      '',
    ],
    [
      'the cloud metadata address',
      () => 'http://169.254.169.254/latest/meta-data',
      '169.254.169.254',
    ],
    ['a unique-local IPv6 address', () => 'http://[fd00::1]/hook', 'fd00::1'],
  ])('refuses %s unless KIZUNA_WEBHOOK_ALLOW_PRIVATE=true', async (_what, url, address) => {
    delete process.env.KIZUNA_WEBHOOK_ALLOW_PRIVATE;
    const refused = await create({ url: url() });
    expect(refused.webhookEndpoint).toBeNull();
    expect(codes(refused)).toEqual(['url:PRIVATE_ADDRESS_NOT_ALLOWED']);
    expect(refused.userErrors[0].messageEn).toContain(address);
    expect(refused.userErrors[0].messageJa).toContain('プライベート');
  });

  it('refuses a change of URL to a private address, and accepts it with the flag', async () => {
    const { webhookEndpoint: endpoint } = await create({ url: receiver.url });
    delete process.env.KIZUNA_WEBHOOK_ALLOW_PRIVATE;
    const refused = await update({ endpointId: endpoint.id, url: 'http://10.1.2.3/hook' });
    expect(codes(refused)).toEqual(['url:PRIVATE_ADDRESS_NOT_ALLOWED']);
    process.env.KIZUNA_WEBHOOK_ALLOW_PRIVATE = 'true';
    const accepted = await update({ endpointId: endpoint.id, url: 'http://10.1.2.3/hook' });
    expect(accepted.webhookEndpoint.url).toBe('http://10.1.2.3/hook');
  });

  it('updates, disables and enables again, each change audited', async () => {
    const { webhookEndpoint: endpoint } = await create({ url: receiver.url });
    clock.advance(60_000);
    const changed = await update({
      endpointId: endpoint.id,
      eventTypes: ['customer.trial_started'],
      description: 'CRM',
    });
    expect(changed.webhookEndpoint).toMatchObject({
      url: receiver.url,
      eventTypes: ['customer.trial_started'],
      description: 'CRM',
      updatedAt: clock.now().toISOString(),
    });
    expect(codes(await update({ endpointId: endpoint.id, description: 'CRM' }))).toEqual([
      'endpointId:NO_CHANGE',
    ]);

    const disabled = await w.mutate(
      'disableWebhookEndpoint',
      'DisableWebhookEndpointInput',
      `webhookEndpoint { ${ENDPOINT_FIELDS} }`,
      { endpointId: endpoint.id },
    );
    expect(disabled.webhookEndpoint).toMatchObject({
      status: 'DISABLED',
      disabledReason: 'MANUAL',
      disabledAt: clock.now().toISOString(),
    });
    const again = await w.mutate(
      'disableWebhookEndpoint',
      'DisableWebhookEndpointInput',
      'webhookEndpoint { id }',
      { endpointId: endpoint.id },
    );
    expect(codes(again)).toEqual(['endpointId:NO_CHANGE']);

    const enabled = await update({ endpointId: endpoint.id, enabled: true });
    expect(enabled.webhookEndpoint).toMatchObject({
      status: 'ENABLED',
      disabledReason: null,
      disabledAt: null,
    });

    const actions: { action: string; actorType: string }[] = await server.db.dataSource.query(
      `SELECT action, actor_type AS "actorType" FROM audit_event WHERE entity_id = $1 ORDER BY id`,
      [dbId(endpoint.id)],
    );
    expect(actions.map((a) => `${a.actorType}:${a.action}`)).toEqual([
      'STAFF:webhookEndpoint.created',
      'STAFF:webhookEndpoint.updated',
      'STAFF:webhookEndpoint.disabled',
      'STAFF:webhookEndpoint.updated',
    ]);
  });

  it('answers NOT_FOUND for an id that is not an endpoint', async () => {
    const notAnEndpoint = Buffer.from(
      'WebhookEndpoint:00000000-0000-4000-8000-000000000000',
    ).toString('base64url');
    for (const [field, type] of [
      ['disableWebhookEndpoint', 'DisableWebhookEndpointInput'],
      ['rotateWebhookSecret', 'RotateWebhookSecretInput'],
      ['sendTestWebhookEvent', 'SendTestWebhookEventInput'],
    ] as const) {
      const payload = await w.mutate(field, type, '__typename', { endpointId: notAnEndpoint });
      expect(codes(payload)).toEqual(['endpointId:NOT_FOUND']);
    }
    expect(codes(await update({ endpointId: 'bogus', description: 'x' }))).toEqual([
      'endpointId:NOT_FOUND',
    ]);
  });

  it('pages deliveries newest first', async () => {
    const { webhookEndpoint: endpoint } = await create({ url: receiver.url });
    for (let i = 0; i < 3; i++)
      await w.mutate('sendTestWebhookEvent', 'SendTestWebhookEventInput', '__typename', {
        endpointId: endpoint.id,
      });
    const page = (after: string | null) =>
      server.gql(
        `query ($id: ID!, $after: String) { webhookDeliveries(endpointId: $id, first: 2, after: $after) {
           totalCount pageInfo { hasNextPage endCursor } edges { node { id eventId } } } }`,
        { id: endpoint.id, after },
        { token: admin },
      );
    const first = (await page(null)).data!.webhookDeliveries;
    const second = (await page(first.pageInfo.endCursor)).data!.webhookDeliveries;
    expect(first.totalCount).toBe(3);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const ids = [...first.edges, ...second.edges].map((e: LooseData) => e.node.id);
    expect(new Set(ids).size).toBe(3);
    const [rows]: { ids: string[] }[] = await server.db.dataSource.query(
      `SELECT array_agg(id::text ORDER BY seq DESC) AS ids FROM webhook_delivery WHERE endpoint_id = $1`,
      [dbId(endpoint.id)],
    );
    expect(ids.map(dbId)).toEqual(rows!.ids);
  });
});

describe('who may manage webhooks', () => {
  it('refuses staff without webhooks:manage', async () => {
    const operator = await server.loginAs('operator1@kizuna.example');
    const res = await server.gql(
      `query { webhookEndpoints(first: 1) { totalCount } }`,
      {},
      { token: operator },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lets an API key with the webhooks:manage scope manage them, and no other key', async () => {
    const manager = await issueApiKey(server.db.dataSource, {
      name: 'provisioning engine',
      scopes: ['webhooks:manage'],
      createdBy: null,
    });
    const reader = await issueApiKey(server.db.dataSource, {
      name: 'feed reader',
      scopes: ['events:read'],
      createdBy: null,
    });
    const CREATE = `mutation ($input: CreateWebhookEndpointInput!) {
      createWebhookEndpoint(input: $input) { secret userErrors { code } } }`;
    const allowed = await server.gql(
      CREATE,
      { input: { url: receiver.url } },
      { token: manager.key },
    );
    expect(allowed.data?.createWebhookEndpoint.secret).toMatch(/^whsec_/);
    const refused = await server.gql(
      CREATE,
      { input: { url: receiver.url } },
      { token: reader.key },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

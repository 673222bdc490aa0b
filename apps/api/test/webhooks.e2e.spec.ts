import { randomUUID } from 'node:crypto';
import { ManualClock } from '@kizuna/domain';
import { createTrialCustomer } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/test-server';
import {
  deferred,
  startWebhookReceiver,
  until,
  verifyStandardWebhook,
  type Answer,
  type WebhookReceiver,
} from './helpers/webhook-receiver';
import { webhookHelpers, webhookIdOf } from './helpers/webhooks';

// Friday 2027-01-01 10:00 in Tokyo. Schedules follow this clock; no test sleeps for them.
const START = '2027-01-01T10:00:00+09:00';
const clock = new ManualClock(START);
const S = 1_000;
const M = 60 * S;
const H = 60 * M;
let server: TestServer;
let admin: string;
let w: ReturnType<typeof webhookHelpers>;
const receivers: WebhookReceiver[] = [];
const endpoints: string[] = [];
const allowPrivate = process.env.KIZUNA_WEBHOOK_ALLOW_PRIVATE;

beforeAll(async () => {
  server = await startTestServer({ clock });
  admin = await server.loginAs('admin@kizuna.example');
  w = webhookHelpers(server, clock, () => admin);
});
afterAll(async () => {
  await server.close();
  process.env.KIZUNA_WEBHOOK_ALLOW_PRIVATE = allowPrivate;
});
beforeEach(async () => {
  // The receivers listen on 127.0.0.1: development and tests allow it explicitly.
  process.env.KIZUNA_WEBHOOK_ALLOW_PRIVATE = 'true';
  clock.set(START);
  await w.caughtUp();
});
afterEach(async () => {
  // Each test's endpoints stop receiving: the next test's events are its own.
  for (const endpointId of endpoints.splice(0))
    await w.mutate(
      'disableWebhookEndpoint',
      'DisableWebhookEndpointInput',
      'webhookEndpoint { id }',
      {
        endpointId,
      },
    );
  for (const receiver of receivers.splice(0)) await receiver.close();
});

async function receiverWithEndpoint(answer?: Answer, eventTypes: string[] = []) {
  const receiver = await startWebhookReceiver(answer);
  receivers.push(receiver);
  const endpoint = await w.createEndpoint(receiver.url, eventTypes);
  endpoints.push(endpoint.id);
  return { receiver, endpoint };
}

const at = (iso: string | null) => new Date(iso!).getTime();

describe('delivery', () => {
  it('signs each event per Standard Webhooks, to the endpoints that take its type', async () => {
    const { receiver, endpoint } = await receiverWithEndpoint();
    const churnOnly = await receiverWithEndpoint(undefined, ['customer.churned']);

    const customer = await createTrialCustomer(server);
    await w.pass();

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.id).toMatch(/^evt_[0-9a-f]{32}$/);
    expect(request!.timestamp).toBe(String(Math.floor(clock.now().getTime() / 1000)));
    expect(request!.event).toMatchObject({
      id: request!.id,
      type: 'customer.trial_started',
      occurredAt: clock.now().toISOString(),
      data: expect.objectContaining({ customerId: customer.id }),
    });
    expect(verifyStandardWebhook(endpoint.secret, request!)).toBe(true);
    // Another secret, or a body changed on the way, does not verify.
    expect(verifyStandardWebhook(churnOnly.endpoint.secret, request!)).toBe(false);
    expect(verifyStandardWebhook(endpoint.secret, { ...request!, body: `${request!.body} ` })).toBe(
      false,
    );

    expect(churnOnly.receiver.requests).toHaveLength(0);
    expect(await w.deliveriesOf(churnOnly.endpoint.id)).toEqual([]);
    expect(await w.deliveriesOf(endpoint.id)).toEqual([
      expect.objectContaining({
        eventId: request!.id,
        eventType: 'customer.trial_started',
        status: 'SUCCEEDED',
        attempts: 1,
        lastStatusCode: 200,
        lastError: null,
        lastAttemptAt: clock.now().toISOString(),
        nextAttemptAt: null,
      }),
    ]);
  });

  it('retries after a 500 with the same webhook-id, on the schedule, and gives up after the eighth attempt', async () => {
    const { receiver, endpoint } = await receiverWithEndpoint(() => 500);
    const eventId = await w.emit();

    await w.pass();
    expect(receiver.requests.map((r) => r.id)).toEqual([webhookIdOf(eventId)]);
    let [delivery] = await w.deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: 500 });
    expect(delivery!.lastError).toBe('HTTP 500');
    const firstWait = at(delivery!.nextAttemptAt) - clock.now().getTime();
    expect(firstWait).toBeGreaterThanOrEqual(4.5 * S);
    expect(firstWait).toBeLessThanOrEqual(5.5 * S);

    // Not before its time.
    clock.advance(4.4 * S);
    await w.pass();
    expect(receiver.requests).toHaveLength(1);

    // Then on the Standard Webhooks schedule (± 10 % jitter) until the eighth attempt.
    const schedule = [5 * S, 5 * M, 30 * M, 2 * H, 5 * H, 10 * H, 10 * H];
    for (const [i, delay] of schedule.entries()) {
      const failedAt = at(delivery!.lastAttemptAt);
      const wait = at(delivery!.nextAttemptAt) - failedAt;
      expect(wait).toBeGreaterThanOrEqual(delay * 0.9);
      expect(wait).toBeLessThanOrEqual(delay * 1.1);
      clock.set(delivery!.nextAttemptAt);
      await w.pass();
      expect(receiver.requests).toHaveLength(i + 2);
      [delivery] = await w.deliveriesOf(endpoint.id);
    }
    expect(delivery).toMatchObject({ status: 'FAILED', attempts: 8, nextAttemptAt: null });
    expect(new Set(receiver.requests.map((r) => r.id))).toEqual(new Set([webhookIdOf(eventId)]));
    expect(receiver.requests.every((r) => verifyStandardWebhook(endpoint.secret, r))).toBe(true);
    // Each attempt carries its own timestamp.
    expect(new Set(receiver.requests.map((r) => r.timestamp)).size).toBe(8);

    clock.advance(11 * H);
    await w.pass();
    expect(receiver.requests).toHaveLength(8);
    // About a day and a half of failures: not yet the five days that disable an endpoint.
    expect(await w.endpointOf(endpoint.id)).toMatchObject({
      status: 'ENABLED',
      failingSince: new Date(START).toISOString(),
    });
  });

  it('succeeds on a retry, and the endpoint is no longer failing', async () => {
    const { receiver, endpoint } = await receiverWithEndpoint((_r, n) => (n === 1 ? 503 : 204));
    await w.emit();
    await w.pass();
    expect((await w.endpointOf(endpoint.id)).failingSince).toBe(clock.now().toISOString());
    const [failed] = await w.deliveriesOf(endpoint.id);
    clock.set(failed!.nextAttemptAt);
    await w.pass();
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.requests[1]!.id).toBe(receiver.requests[0]!.id);
    expect(await w.deliveriesOf(endpoint.id)).toEqual([
      expect.objectContaining({ status: 'SUCCEEDED', attempts: 2, lastStatusCode: 204 }),
    ]);
    expect((await w.endpointOf(endpoint.id)).failingSince).toBeNull();
  });

  it('never keeps what the receiver answered, and does not follow redirects', async () => {
    const { receiver, endpoint } = await receiverWithEndpoint(() => 302);
    await w.emit();
    await w.pass();
    expect(receiver.requests).toHaveLength(1);
    const [delivery] = await w.deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({
      status: 'PENDING',
      lastStatusCode: 302,
      lastError: 'HTTP 302',
    });
    const [stored]: { n: number }[] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM webhook_delivery WHERE last_error LIKE '%receiver-private-body%'`,
    );
    expect(stored!.n).toBe(0);
  });

  it('disables an endpoint that answers 410 and stops its pending deliveries', async () => {
    const { receiver, endpoint } = await receiverWithEndpoint(() => 410);
    const customer = randomUUID();
    await w.emit('customer.trial_started', customer);
    await w.emit('customer.trial_expired', customer);
    await w.pass();

    // The first answered 410; the second, waiting behind it, is never sent.
    expect(receiver.requests).toHaveLength(1);
    expect(await w.endpointOf(endpoint.id)).toMatchObject({
      status: 'DISABLED',
      disabledReason: 'GONE',
      disabledAt: clock.now().toISOString(),
    });
    const deliveries = await w.deliveriesOf(endpoint.id);
    expect(deliveries.map((d) => [d.eventType, d.status, d.lastStatusCode])).toEqual([
      ['customer.trial_expired', 'CANCELLED', null],
      ['customer.trial_started', 'FAILED', 410],
    ]);

    await w.emit();
    clock.advance(1 * H);
    await w.pass();
    expect(receiver.requests).toHaveLength(1);
    expect(await w.deliveriesOf(endpoint.id)).toHaveLength(2);

    const [audit]: { actorType: string; after: unknown }[] = await server.db.dataSource.query(
      `SELECT actor_type AS "actorType", after FROM audit_event
        WHERE action = 'webhookEndpoint.disabled' AND entity_id = $1`,
      [Buffer.from(endpoint.id, 'base64url').toString().split(':')[1]],
    );
    expect(audit).toEqual({
      actorType: 'SYSTEM',
      after: { status: 'DISABLED', disabledReason: 'GONE' },
    });
  });

  it('disables an endpoint whose deliveries have all failed for five days', async () => {
    const { receiver, endpoint } = await receiverWithEndpoint(() => 500);
    await w.emit();
    await w.pass();
    expect((await w.endpointOf(endpoint.id)).failingSince).toBe(new Date(START).toISOString());

    // New events keep failing (each customer's own, so none waits behind another).
    clock.advance(4 * 24 * H + 23 * H);
    await w.emit();
    await w.pass();
    expect(await w.endpointOf(endpoint.id)).toMatchObject({ status: 'ENABLED' });

    clock.set(new Date(at(START) + 5 * 24 * H));
    await w.emit();
    await w.pass();
    expect(await w.endpointOf(endpoint.id)).toMatchObject({
      status: 'DISABLED',
      disabledReason: 'FAILING',
      failingSince: new Date(START).toISOString(),
    });
    const sent = receiver.requests.length;
    expect((await w.deliveriesOf(endpoint.id)).filter((d) => d.status === 'PENDING')).toEqual([]);

    clock.advance(1 * H);
    await w.emit();
    await w.pass();
    expect(receiver.requests).toHaveLength(sent);
  });

  it('signs with both secrets for 24 hours after a rotation, then with the new one only', async () => {
    const { receiver, endpoint } = await receiverWithEndpoint();
    const rotated = await w.mutate(
      'rotateWebhookSecret',
      'RotateWebhookSecretInput',
      'secret webhookEndpoint { previousSecretExpiresAt }',
      { endpointId: endpoint.id },
    );
    const newSecret = rotated.secret as string;
    expect(newSecret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(newSecret).not.toBe(endpoint.secret);
    expect(rotated.webhookEndpoint.previousSecretExpiresAt).toBe(
      new Date(at(START) + 24 * H).toISOString(),
    );

    clock.advance(23 * H);
    await w.emit();
    await w.pass();
    const during = receiver.requests[0]!;
    expect(during.signature.split(' ')).toHaveLength(2);
    expect(verifyStandardWebhook(endpoint.secret, during)).toBe(true);
    expect(verifyStandardWebhook(newSecret, during)).toBe(true);

    clock.set(new Date(at(START) + 24 * H + 1 * S));
    await w.emit();
    await w.pass();
    const after = receiver.requests[1]!;
    expect(after.signature.split(' ')).toHaveLength(1);
    expect(verifyStandardWebhook(newSecret, after)).toBe(true);
    expect(verifyStandardWebhook(endpoint.secret, after)).toBe(false);
  });

  it("sends a dead worker's delivery again after its lease, with the same webhook-id", async () => {
    const hung = deferred<number>();
    const { receiver, endpoint } = await receiverWithEndpoint((_r, n) =>
      n === 1 ? hung.promise : 200,
    );
    const eventId = await w.emit();

    // A worker sends, and dies before the answer: nothing of the attempt is recorded.
    const kill = new AbortController();
    const dying = w.pass({ signal: kill.signal });
    await until(() => receiver.requests.length === 1);
    kill.abort();
    expect(await dying).toMatchObject({ ABANDONED: 1, SUCCEEDED: 0 });
    expect(await w.deliveriesOf(endpoint.id)).toEqual([
      expect.objectContaining({ status: 'PENDING', attempts: 1, lastStatusCode: null }),
    ]);

    // Its lease still holds: no other worker takes it.
    clock.advance(59 * S);
    await w.pass();
    expect(receiver.requests).toHaveLength(1);

    clock.advance(2 * S);
    await w.pass();
    expect(receiver.requests.map((r) => r.id)).toEqual([
      webhookIdOf(eventId),
      webhookIdOf(eventId),
    ]);
    expect(await w.deliveriesOf(endpoint.id)).toEqual([
      expect.objectContaining({ status: 'SUCCEEDED', attempts: 2, lastStatusCode: 200 }),
    ]);
    hung.resolve(200);
  });

  it('delivers each customer’s events in order, while other customers go ahead', async () => {
    let failOnce = '';
    const { receiver, endpoint } = await receiverWithEndpoint((r) => {
      if (r.id !== failOnce) return 200;
      failOnce = '';
      return 500;
    });
    const [a, b] = [randomUUID(), randomUUID()];
    const a1 = await w.emit('customer.trial_started', a);
    failOnce = webhookIdOf(a1);
    const a2 = await w.emit('customer.trial_expired', a);
    const a3 = await w.emit('customer.trial_started', a);
    const b1 = await w.emit('customer.trial_started', b);

    await w.pass();
    // a1 failed first; a2 and a3 wait behind it; b goes ahead.
    expect(receiver.requests.map((r) => r.id).sort()).toEqual(
      [webhookIdOf(a1), webhookIdOf(b1)].sort(),
    );

    const retry = (await w.deliveriesOf(endpoint.id)).find((d) => d.eventId === webhookIdOf(a1));
    clock.set(retry!.nextAttemptAt);
    await w.pass();
    expect(receiver.requests.slice(2).map((r) => r.id)).toEqual([a1, a2, a3].map(webhookIdOf));
    expect((await w.deliveriesOf(endpoint.id)).map((d) => d.status)).toEqual(
      Array(4).fill('SUCCEEDED'),
    );
  });

  it('does not let a slow endpoint hold up another', async () => {
    const slowAnswer = deferred<number>();
    const slow = await receiverWithEndpoint(() => slowAnswer.promise);
    const fast = await receiverWithEndpoint(() => 200);
    await w.emit();

    const passing = w.pass();
    // Within the same pass, the fast endpoint's delivery is done while the slow one still waits.
    await until(async () => (await w.deliveriesOf(fast.endpoint.id))[0]?.status === 'SUCCEEDED');
    expect(slow.receiver.waiting).toBe(1);
    expect((await w.deliveriesOf(slow.endpoint.id))[0]).toMatchObject({ status: 'PENDING' });
    slowAnswer.resolve(200);
    expect(await passing).toMatchObject({ SUCCEEDED: 2 });
    expect((await w.deliveriesOf(slow.endpoint.id))[0]).toMatchObject({ status: 'SUCCEEDED' });
  });

  it('keeps at most the given number of requests in flight', async () => {
    const release = deferred<number>();
    const slow = await Promise.all(
      [1, 2, 3].map(() => receiverWithEndpoint(() => release.promise)),
    );
    await w.emit();

    const passing = w.pass({ concurrency: 2 });
    await until(() => slow.reduce((n, s) => n + s.receiver.waiting, 0) === 2);
    // A third request would have arrived by now if the bound were not kept.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(slow.reduce((n, s) => n + s.receiver.requests.length, 0)).toBe(2);
    release.resolve(200);
    expect(await passing).toMatchObject({ SUCCEEDED: 3 });
  });

  it('hands each delivery to one of several workers running at once', async () => {
    const { receiver, endpoint } = await receiverWithEndpoint();
    const ids = [];
    for (let i = 0; i < 12; i++) ids.push(await w.emit());
    // Two replicas' passes at once, fan-out included.
    await Promise.all([w.pass({ concurrency: 3 }), w.pass({ concurrency: 3 })]);
    expect(receiver.requests.map((r) => r.id).sort()).toEqual(ids.map(webhookIdOf).sort());
    expect(await w.deliveriesOf(endpoint.id)).toHaveLength(12);
  });

  it('refuses at delivery time a host that has come to be private', async () => {
    const { receiver, endpoint } = await receiverWithEndpoint();
    process.env.KIZUNA_WEBHOOK_ALLOW_PRIVATE = 'false';
    await w.emit();
    await w.pass();
    expect(receiver.requests).toHaveLength(0);
    const [delivery] = await w.deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: null });
    expect(delivery!.lastError).toMatch(/^refused: .*private.*127\.0\.0\.1/);
  });
});

describe('console actions', () => {
  it('sends a test event to one endpoint only, and replays a delivery with the same webhook-id', async () => {
    const { receiver, endpoint } = await receiverWithEndpoint();
    const other = await receiverWithEndpoint();
    const sent = await w.mutate(
      'sendTestWebhookEvent',
      'SendTestWebhookEventInput',
      'webhookDelivery { id eventId eventType status }',
      { endpointId: endpoint.id },
    );
    expect(sent.webhookDelivery).toMatchObject({ eventType: 'webhook.test', status: 'PENDING' });
    await w.pass();
    expect(other.receiver.requests).toHaveLength(0);
    expect(receiver.requests).toHaveLength(1);
    expect(receiver.requests[0]!.event).toEqual({
      id: sent.webhookDelivery.eventId,
      type: 'webhook.test',
      occurredAt: clock.now().toISOString(),
      data: { webhookEndpointId: endpoint.id },
    });
    expect(verifyStandardWebhook(endpoint.secret, receiver.requests[0]!)).toBe(true);

    // Not in the event log: the feed never shows it.
    const [inLog]: { n: number }[] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'webhook.test'`,
    );
    expect(inLog!.n).toBe(0);

    clock.advance(1 * H);
    const replayed = await w.mutate(
      'replayWebhookDelivery',
      'ReplayWebhookDeliveryInput',
      'webhookDelivery { id status attempts nextAttemptAt }',
      { deliveryId: sent.webhookDelivery.id },
    );
    expect(replayed.webhookDelivery).toMatchObject({
      id: sent.webhookDelivery.id,
      status: 'PENDING',
      attempts: 0,
      nextAttemptAt: clock.now().toISOString(),
    });
    await w.pass();
    expect(receiver.requests.map((r) => r.id)).toEqual([
      sent.webhookDelivery.eventId,
      sent.webhookDelivery.eventId,
    ]);
    expect(receiver.requests[1]!.timestamp).toBe(String(Math.floor(clock.now().getTime() / 1000)));
  });

  it('refuses to replay or test a disabled endpoint', async () => {
    const { endpoint } = await receiverWithEndpoint();
    await w.emit();
    await w.pass();
    const [delivery] = await w.deliveriesOf(endpoint.id);
    await w.mutate(
      'disableWebhookEndpoint',
      'DisableWebhookEndpointInput',
      'webhookEndpoint { id }',
      {
        endpointId: endpoint.id,
      },
    );
    const replay = await w.mutate(
      'replayWebhookDelivery',
      'ReplayWebhookDeliveryInput',
      'webhookDelivery { id }',
      {
        deliveryId: delivery!.id,
      },
    );
    expect(replay.userErrors).toEqual([
      expect.objectContaining({ code: 'WEBHOOK_ENDPOINT_DISABLED', field: 'deliveryId' }),
    ]);
    const test = await w.mutate(
      'sendTestWebhookEvent',
      'SendTestWebhookEventInput',
      'webhookDelivery { id }',
      {
        endpointId: endpoint.id,
      },
    );
    expect(test.userErrors.map((e: { code: string }) => e.code)).toEqual([
      'WEBHOOK_ENDPOINT_DISABLED',
    ]);
  });
});

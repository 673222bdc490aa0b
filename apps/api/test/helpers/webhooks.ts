import { randomUUID } from 'node:crypto';
import type { Clock } from '@kizuna/domain';
import type { EventType } from '../../src/features/events/event-types';
import { enqueueOutbox } from '../../src/features/outbox/outbox.service';
import { fanOutNextEvents } from '../../src/features/webhooks/webhook-fan-out';
import {
  runWebhookPass,
  type WebhookPassOptions,
} from '../../src/features/webhooks/webhook.worker';
import type { LooseData, TestServer } from './test-server';
import { until } from './webhook-receiver';

export const ENDPOINT_FIELDS = `id url eventTypes description status disabledReason disabledAt
  failingSince previousSecretExpiresAt createdAt updatedAt`;
export const DELIVERY_FIELDS = `id eventId eventType status attempts lastStatusCode lastError
  lastAttemptAt nextAttemptAt`;

/** Webhook helpers over one test server, acting as `token` (an administrator). */
export function webhookHelpers(server: TestServer, clock: Clock, token: () => string) {
  const mutate = async (
    field: string,
    inputType: string,
    selection: string,
    input: Record<string, unknown>,
  ): Promise<LooseData> => {
    const res = await server.gql(
      `mutation ($input: ${inputType}!) { ${field}(input: $input) {
         ${selection} userErrors { code field message messageJa messageEn } } }`,
      { input },
      { token: token() },
    );
    expect(res.errors).toBeUndefined();
    return res.data![field];
  };

  /** A new endpoint through the API; fails the test when refused. */
  const createEndpoint = async (url: string, eventTypes: string[] = []) => {
    const payload = await mutate(
      'createWebhookEndpoint',
      'CreateWebhookEndpointInput',
      `secret webhookEndpoint { ${ENDPOINT_FIELDS} }`,
      { url, eventTypes, description: 'テスト受信' },
    );
    expect(payload.userErrors).toEqual([]);
    return { ...payload.webhookEndpoint, secret: payload.secret as string } as LooseData & {
      id: string;
      secret: string;
    };
  };

  const deliveriesOf = async (endpointId: string): Promise<LooseData[]> => {
    const res = await server.gql(
      `query ($id: ID!) { webhookDeliveries(endpointId: $id, first: 100) {
         edges { node { ${DELIVERY_FIELDS} } } } }`,
      { id: endpointId },
      { token: token() },
    );
    expect(res.errors).toBeUndefined();
    return (res.data!.webhookDeliveries.edges as { node: LooseData }[]).map((e) => e.node);
  };

  const endpointOf = async (endpointId: string): Promise<LooseData> => {
    const res = await server.gql(
      `query { webhookEndpoints(first: 100) { edges { node { ${ENDPOINT_FIELDS} } } } }`,
      {},
      { token: token() },
    );
    expect(res.errors).toBeUndefined();
    const edges = res.data!.webhookEndpoints.edges as { node: LooseData }[];
    return edges.map((e) => e.node).find((n) => n.id === endpointId)!;
  };

  /** An event in the log, as a feature would write it; returns its id. */
  const emit = (type: EventType = 'customer.trial_started', customerId: string = randomUUID()) =>
    enqueueOutbox(server.db.dataSource, {
      type,
      aggregateType: 'Customer',
      aggregateId: customerId,
      occurredAt: clock.now(),
      payload: { marker: randomUUID() },
    });

  /**
   * Fan-out reads only below the oldest running transaction of the whole server: another test
   * file's open transaction may hold it back for a moment. Wait (briefly, real time) until every
   * event of the log is fanned out.
   */
  const caughtUp = () =>
    until(async () => {
      await fanOutNextEvents(server.db.dataSource, clock);
      const [row]: { behind: boolean }[] = await server.db.dataSource.query(
        `SELECT EXISTS (SELECT FROM outbox_event e, webhook_fan_out f
                         WHERE f.tx_id IS NULL OR (e.tx_id, e.seq) > (f.tx_id, f.seq)) AS behind`,
      );
      return !row!.behind;
    });

  /** One worker pass, as every replica runs each second, once the log is fanned out. */
  const pass = async (options?: WebhookPassOptions) => {
    await caughtUp();
    const run = await runWebhookPass(server.db.dataSource, clock, options);
    // An attempt that threw (a deadlock, a bug) would otherwise only be logged.
    expect(run.ERROR).toBe(0);
    return run;
  };

  return { mutate, createEndpoint, deliveriesOf, endpointOf, emit, caughtUp, pass };
}

/** The webhook-id of a log event, per the envelope's documented form (evt_ + uuid hex). */
export const webhookIdOf = (eventId: string) => `evt_${eventId.replace(/-/g, '')}`;

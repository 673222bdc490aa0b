import { useApolloClient, useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdminWebhookDeliveriesDocument,
  DisableWebhookEndpointDocument,
  EnableWebhookEndpointDocument,
  RotateWebhookSecretDocument,
  SendTestWebhookEventDocument,
  type WebhookDeliveryRowFragment,
  type WebhookEndpointRowFragment,
} from '../../../gql/graphql';
import { WebhookSecret } from './webhook-secret';
import { testOutcome } from './webhook-status';

/** Deliveries per page on the endpoint's page (the test event's result is read from the first). */
export const DELIVERIES_PAGE_SIZE = 20;

interface Refusal {
  userErrors: readonly { message: string }[];
}

/** Runs a mutation and says how it went: the API's refusal or the failure as an error message. */
function useOutcomeMessages() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return async <P extends Refusal>(
    run: () => Promise<P | null | undefined>,
    ok: (payload: P) => boolean,
    success: string,
  ): Promise<P | null> => {
    try {
      const payload = await run();
      if (!payload || payload.userErrors.length > 0 || !ok(payload)) {
        const reasons = payload?.userErrors.map((e) => e.message).join(' ');
        void message.error(reasons || t('common.unknownError'));
        return null;
      }
      if (success) void message.success(success);
      return payload;
    } catch {
      void message.error(t('common.networkError'));
      return null;
    }
  };
}

/** 停止 or 再開, each confirmed. */
export function ToggleEndpointButton({
  endpoint,
  size = 'small',
}: {
  endpoint: WebhookEndpointRowFragment;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const outcome = useOutcomeMessages();
  const [disable, disabling] = useMutation(DisableWebhookEndpointDocument, {
    refetchQueries: ['AdminWebhookDeliveries'],
  });
  const [enable, enabling] = useMutation(EnableWebhookEndpointDocument);
  const enabled = endpoint.status === 'ENABLED';
  const run = () =>
    enabled
      ? outcome(
          async () =>
            (await disable({ variables: { input: { endpointId: endpoint.id } } })).data
              ?.disableWebhookEndpoint,
          (p) => Boolean(p.webhookEndpoint),
          t('webhooks.disabled'),
        )
      : outcome(
          async () =>
            (await enable({ variables: { endpointId: endpoint.id } })).data?.updateWebhookEndpoint,
          (p) => Boolean(p.webhookEndpoint),
          t('webhooks.enabled'),
        );
  const label = t(enabled ? 'webhooks.disable' : 'webhooks.enable');
  return (
    <Popconfirm
      title={t(enabled ? 'webhooks.disableConfirm' : 'webhooks.enableConfirm', {
        url: endpoint.url,
      })}
      okText={label}
      okButtonProps={{ danger: enabled }}
      cancelText={t('admin.common.cancel')}
      onConfirm={() => run()}
      styles={{ root: { maxWidth: 420 } }}
    >
      <Button size={size} danger={enabled} loading={disabling.loading || enabling.loading}>
        {label}
      </Button>
    </Popconfirm>
  );
}

/** A new signing secret after a confirmation that explains the 24 h overlap; shown once. */
export function RotateSecretButton({ endpoint }: { endpoint: WebhookEndpointRowFragment }) {
  const { t } = useTranslation();
  const outcome = useOutcomeMessages();
  const [secret, setSecret] = useState<string | null>(null);
  // The secret is kept out of the cache; the endpoint's new overlap is read again.
  const [rotate, { loading }] = useMutation(RotateWebhookSecretDocument, {
    fetchPolicy: 'no-cache',
    refetchQueries: ['AdminWebhookEndpoint', 'AdminWebhookEndpoints'],
  });
  const run = async () => {
    const payload = await outcome(
      async () =>
        (await rotate({ variables: { input: { endpointId: endpoint.id } } })).data
          ?.rotateWebhookSecret,
      (p) => Boolean(p.secret),
      '',
    );
    if (payload?.secret) setSecret(payload.secret);
  };
  return (
    <>
      <Popconfirm
        title={t('webhooks.rotate')}
        description={t('webhooks.rotateConfirm')}
        okText={t('webhooks.rotate')}
        cancelText={t('admin.common.cancel')}
        onConfirm={() => run()}
        styles={{ root: { maxWidth: 420 } }}
      >
        <Button loading={loading}>{t('webhooks.rotate')}</Button>
      </Popconfirm>
      {secret !== null && <WebhookSecret secret={secret} rotated onClose={() => setSecret(null)} />}
    </>
  );
}

/** The queries that show endpoints' status, read again when a delivery may have changed it. */
export const ENDPOINT_QUERIES = [
  'AdminWebhookEndpoint',
  'AdminWebhookEndpoints',
  'WebhookDisabledBanner',
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Sends a webhook.test event, then reads the first page of deliveries again until it has been
 * tried (the worker sends within a second or two; at most ~15 s), which also refreshes the table,
 * and says what the receiver answered.
 */
export function SendTestButton({ endpoint }: { endpoint: WebhookEndpointRowFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const outcome = useOutcomeMessages();
  const [busy, setBusy] = useState(false);
  const [send] = useMutation(SendTestWebhookEventDocument);
  const enabled = endpoint.status === 'ENABLED';

  const awaitAttempt = async (id: string): Promise<WebhookDeliveryRowFragment | null> => {
    let found: WebhookDeliveryRowFragment | null = null;
    for (let i = 0; i < 15; i++) {
      await sleep(1_000);
      const { data } = await client.query({
        query: AdminWebhookDeliveriesDocument,
        variables: { endpointId: endpoint.id, first: DELIVERIES_PAGE_SIZE, after: null },
        fetchPolicy: 'network-only',
      });
      found = data?.webhookDeliveries.edges.find((e) => e.node.id === id)?.node ?? found;
      if (found && testOutcome(found).kind !== 'waiting') return found;
    }
    return found;
  };

  const run = async () => {
    setBusy(true);
    try {
      const payload = await outcome(
        async () =>
          (await send({ variables: { input: { endpointId: endpoint.id } } })).data
            ?.sendTestWebhookEvent,
        (p) => Boolean(p.webhookDelivery),
        '',
      );
      const delivery = payload?.webhookDelivery;
      if (!delivery) return;
      const key = `webhook-test-${delivery.id}`;
      void message.open({
        key,
        type: 'loading',
        content: t('webhooks.testQueued', { eventId: delivery.eventId }),
        duration: 0,
      });
      const tried = await awaitAttempt(delivery.id).catch(() => null);
      // A 410 stops the endpoint at once: its status and the warning are read again.
      void client.refetchQueries({ include: ENDPOINT_QUERIES });
      const result = tried ? testOutcome(tried) : ({ kind: 'waiting' } as const);
      if (result.kind === 'received')
        void message.open({
          key,
          type: 'success',
          content: t('webhooks.testSucceeded', { code: result.code ?? '2xx' }),
          duration: 6,
        });
      else if (result.kind === 'refused')
        void message.open({
          key,
          type: 'error',
          content: t('webhooks.testFailed', { reason: result.reason }),
          duration: 10,
        });
      else
        void message.open({ key, type: 'info', content: t('webhooks.testPending'), duration: 8 });
    } finally {
      setBusy(false);
    }
  };

  const button = (
    <Button type="primary" loading={busy} disabled={!enabled} onClick={() => void run()}>
      {t('webhooks.sendTest')}
    </Button>
  );
  return enabled ? button : <Tooltip title={t('webhooks.endpointDisabledHint')}>{button}</Tooltip>;
}

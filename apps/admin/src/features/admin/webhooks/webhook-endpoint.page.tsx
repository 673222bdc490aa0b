import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  App,
  Button,
  Descriptions,
  Flex,
  Popconfirm,
  Result,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  AdminWebhookDeliveriesDocument,
  AdminWebhookEndpointDocument,
  ReplayWebhookDeliveryDocument,
  type WebhookDeliveryRowFragment,
  type WebhookEndpointRowFragment,
} from '../../../gql/graphql';
import { ConnectionTable } from '../../../shared/connection-table';
import { formatDateTime } from '../../../shared/dates';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { useCursorStack } from '../../../shared/use-cursor-stack';
import { useEventTypeLabels } from './event-type-label';
import {
  DELIVERIES_PAGE_SIZE,
  ENDPOINT_QUERIES,
  RotateSecretButton,
  SendTestButton,
  ToggleEndpointButton,
} from './webhook-endpoint-actions';
import { EditWebhookEndpointForm } from './webhook-endpoint-form';
import { EventTypeTags, WebhookEndpointStatus } from './webhook-endpoint-status';
import {
  type DeliveryDisplayStatus,
  deliveryDisplayStatus,
  deliveryDueSoon,
  lastResponse,
} from './webhook-status';

const STATUS_COLORS: Record<DeliveryDisplayStatus, string> = {
  SUCCEEDED: 'green',
  PENDING: 'blue',
  RETRYING: 'orange',
  FAILED: 'red',
  CANCELLED: 'default',
};

/** While a delivery on the page is about to be tried, the page is read again this often. */
const POLL_MS = 2_000;

function ReplayButton({
  delivery,
  endpointEnabled,
}: {
  delivery: WebhookDeliveryRowFragment;
  endpointEnabled: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [replay, { loading }] = useMutation(ReplayWebhookDeliveryDocument);
  const run = async () => {
    try {
      const { data } = await replay({ variables: { input: { deliveryId: delivery.id } } });
      const errors = data?.replayWebhookDelivery.userErrors ?? [];
      if (errors.length > 0 || !data?.replayWebhookDelivery.webhookDelivery)
        void message.error(errors.map((e) => e.message).join(' ') || t('common.unknownError'));
      else void message.success(t('webhooks.replayed'));
    } catch {
      void message.error(t('common.networkError'));
    }
  };
  if (!endpointEnabled)
    return (
      <Tooltip title={t('webhooks.endpointDisabledHint')}>
        <Button size="small" disabled>
          {t('webhooks.replay')}
        </Button>
      </Tooltip>
    );
  return (
    <Popconfirm
      title={t('webhooks.replay')}
      description={t('webhooks.replayConfirm', { eventId: delivery.eventId })}
      okText={t('webhooks.replay')}
      cancelText={t('admin.common.cancel')}
      onConfirm={() => run()}
      styles={{ root: { maxWidth: 420 } }}
    >
      <Button
        size="small"
        loading={loading}
        aria-label={`${t('webhooks.replay')} ${delivery.eventId}`}
      >
        {t('webhooks.replay')}
      </Button>
    </Popconfirm>
  );
}

function EndpointSummary({ endpoint }: { endpoint: WebhookEndpointRowFragment }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { message } = App.useApp();
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="start" gap={12} wrap>
        <Flex vertical gap={4} style={{ minWidth: 0, maxWidth: 760 }}>
          <Typography.Title level={4} style={{ margin: 0, wordBreak: 'break-all' }}>
            {endpoint.url}
          </Typography.Title>
          {endpoint.description && (
            <Typography.Text type="secondary">{endpoint.description}</Typography.Text>
          )}
        </Flex>
        <Flex gap={8} wrap>
          <SendTestButton endpoint={endpoint} />
          <Button onClick={() => setEditing(true)}>{t('admin.common.edit')}</Button>
          <RotateSecretButton endpoint={endpoint} />
          <ToggleEndpointButton endpoint={endpoint} size="middle" />
        </Flex>
      </Flex>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        styles={{ label: { whiteSpace: 'nowrap' } }}
        items={[
          {
            key: 'status',
            label: t('webhooks.status'),
            children: <WebhookEndpointStatus endpoint={endpoint} />,
          },
          {
            key: 'createdAt',
            label: t('admin.common.createdAt'),
            children: (
              <Flex vertical>
                <span className="kizuna-tabular">{formatDateTime(endpoint.createdAt)}</span>
                {endpoint.previousSecretExpiresAt &&
                  new Date(endpoint.previousSecretExpiresAt) > new Date() && (
                    <Typography.Text type="secondary">
                      {t('webhooks.previousSecret', {
                        date: formatDateTime(endpoint.previousSecretExpiresAt),
                      })}
                    </Typography.Text>
                  )}
              </Flex>
            ),
          },
          {
            key: 'eventTypes',
            label: t('webhooks.eventTypes'),
            span: 'filled',
            children: <EventTypeTags eventTypes={endpoint.eventTypes} />,
          },
        ]}
      />
      {editing && (
        <EditWebhookEndpointForm
          endpoint={endpoint}
          onClose={() => setEditing(false)}
          onDone={() => {
            setEditing(false);
            void message.success(t('admin.common.saved'));
          }}
        />
      )}
    </Flex>
  );
}

function Deliveries({ endpoint }: { endpoint: WebhookEndpointRowFragment }) {
  const { t } = useTranslation();
  const { typeLabel } = useEventTypeLabels();
  const cursors = useCursorStack(endpoint.id);
  const { data, previousData, loading, error, refetch, startPolling, stopPolling } = useQuery(
    AdminWebhookDeliveriesDocument,
    {
      variables: { endpointId: endpoint.id, first: DELIVERIES_PAGE_SIZE, after: cursors.after },
      fetchPolicy: 'cache-and-network',
    },
  );
  const connection = (data ?? previousData)?.webhookDeliveries;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  // Follow the deliveries about to be tried (a test, a replay, a retry in seconds) as they go.
  const polling = rows.some((d) => deliveryDueSoon(d, new Date()));
  const client = useApolloClient();
  useEffect(() => {
    if (!polling) return;
    startPolling(POLL_MS);
    return () => {
      stopPolling();
      // An attempt may have stopped the endpoint (410, five days failing): read it again.
      void client.refetchQueries({ include: ENDPOINT_QUERIES });
    };
  }, [polling, startPolling, stopPolling, client]);

  const time = (iso: string | null | undefined) => (
    <span className="kizuna-tabular">{formatDateTime(iso) ?? '—'}</span>
  );
  const columns: ColumnsType<WebhookDeliveryRowFragment> = [
    {
      key: 'eventType',
      title: t('webhooks.eventType'),
      width: 180,
      render: (_, d) => (
        <Flex vertical>
          <span>{typeLabel(d.eventType)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {d.eventType}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'eventId',
      title: t('webhooks.eventId'),
      width: 220,
      render: (_, d) => (
        <Typography.Text code copyable={{ text: d.eventId }} style={{ wordBreak: 'break-all' }}>
          {d.eventId}
        </Typography.Text>
      ),
    },
    {
      key: 'status',
      title: t('webhooks.status'),
      width: 100,
      render: (_, d) => {
        const status = deliveryDisplayStatus(d);
        return <Tag color={STATUS_COLORS[status]}>{t(`webhooks.deliveryStatuses.${status}`)}</Tag>;
      },
    },
    {
      key: 'attempts',
      title: t('webhooks.attempts'),
      width: 80,
      align: 'right',
      render: (_, d) => <span className="kizuna-tabular">{d.attempts}</span>,
    },
    {
      key: 'lastResponse',
      title: t('webhooks.lastResponse'),
      width: 160,
      render: (_, d) => lastResponse(d) ?? '—',
    },
    {
      key: 'lastAttemptAt',
      title: t('webhooks.lastAttemptAt'),
      width: 140,
      render: (_, d) => time(d.lastAttemptAt),
    },
    {
      key: 'nextAttemptAt',
      title: t('webhooks.nextAttemptAt'),
      width: 140,
      render: (_, d) => time(d.status === 'PENDING' ? d.nextAttemptAt : null),
    },
    {
      key: 'actions',
      title: t('admin.common.actions'),
      width: 80,
      render: (_, d) => (
        <ReplayButton delivery={d} endpointEnabled={endpoint.status === 'ENABLED'} />
      ),
    },
  ];

  return (
    <Flex vertical gap={8}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('webhooks.deliveries')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('webhooks.deliveriesDescription')}</Typography.Text>
      <ConnectionTable<WebhookDeliveryRowFragment>
        connection={connection}
        error={error}
        loading={loading && !data}
        onRetry={() => void refetch()}
        cursors={cursors}
        emptyText={t('webhooks.deliveriesEmpty')}
        columns={columns}
        scroll={{ x: 1100 }}
        data-testid="webhook-delivery-table"
      />
    </Flex>
  );
}

/** 管理 › Webhook › one endpoint: what it is, its actions, and its deliveries with replay. */
export function WebhookEndpointPage() {
  const { t } = useTranslation();
  const { endpointId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AdminWebhookEndpointDocument, {
    variables: { id: endpointId },
    fetchPolicy: 'cache-and-network',
  });
  const endpoint = data?.webhookEndpoint;
  const back = <Link to="/admin/webhooks">← {t('webhooks.backToList')}</Link>;
  if (!data && loading) return <LoadingState />;
  if (!data && error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!endpoint) return <Result status="404" title={t('webhooks.notFound')} extra={back} />;
  return (
    <Flex vertical gap={16}>
      {back}
      <EndpointSummary endpoint={endpoint} />
      <Deliveries endpoint={endpoint} />
    </Flex>
  );
}

import { useQuery } from '@apollo/client/react';
import { App, Button, Flex, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  AdminWebhookEndpointsDocument,
  type WebhookEndpointRowFragment,
} from '../../../gql/graphql';
import { ConnectionTable } from '../../../shared/connection-table';
import { formatDateTime } from '../../../shared/dates';
import { useCursorStack } from '../../../shared/use-cursor-stack';
import { AdminPageHeader } from '../shared/admin-page-header';
import { ToggleEndpointButton } from './webhook-endpoint-actions';
import { CreateWebhookEndpointFlow, EditWebhookEndpointForm } from './webhook-endpoint-form';
import { EventTypeTags, WebhookEndpointStatus } from './webhook-endpoint-status';

const PAGE_SIZE = 30;

/** The endpoint's page: its deliveries, test event, secret rotation. */
export const endpointPath = (id: string) => `/admin/webhooks/${encodeURIComponent(id)}`;

/** 管理 › Webhook: the endpoints with what they receive and whether they still do; add, edit, stop. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [drawer, setDrawer] = useState<'create' | WebhookEndpointRowFragment | null>(null);
  const cursors = useCursorStack('');
  const { data, previousData, loading, error, refetch } = useQuery(AdminWebhookEndpointsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.webhookEndpoints;

  const columns: ColumnsType<WebhookEndpointRowFragment> = [
    {
      key: 'url',
      title: t('webhooks.url'),
      render: (_, e) => (
        <Flex vertical gap={2}>
          <Link to={endpointPath(e.id)} style={{ wordBreak: 'break-all' }}>
            {e.url}
          </Link>
          {e.description && <Typography.Text type="secondary">{e.description}</Typography.Text>}
        </Flex>
      ),
    },
    {
      key: 'eventTypes',
      title: t('webhooks.eventTypes'),
      width: 320,
      render: (_, e) => <EventTypeTags eventTypes={e.eventTypes} />,
    },
    {
      key: 'status',
      title: t('webhooks.status'),
      width: 240,
      render: (_, e) => <WebhookEndpointStatus endpoint={e} />,
    },
    {
      key: 'createdAt',
      title: t('admin.common.createdAt'),
      width: 150,
      render: (_, e) => <span className="kizuna-tabular">{formatDateTime(e.createdAt)}</span>,
    },
    {
      key: 'actions',
      title: t('admin.common.actions'),
      width: 220,
      render: (_, e) => (
        <Space size={4} wrap>
          <Link to={endpointPath(e.id)}>{t('webhooks.open')}</Link>
          <Button size="small" onClick={() => setDrawer(e)}>
            {t('admin.common.edit')}
          </Button>
          <ToggleEndpointButton endpoint={e} />
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <AdminPageHeader
        title={t('webhooks.title')}
        description={t('webhooks.description')}
        action={
          <Button type="primary" onClick={() => setDrawer('create')}>
            {t('webhooks.create')}
          </Button>
        }
      />
      <ConnectionTable<WebhookEndpointRowFragment>
        connection={connection}
        error={error}
        loading={loading}
        stale={!data}
        onRetry={() => void refetch()}
        cursors={cursors}
        emptyText={t('webhooks.empty')}
        columns={columns}
        scroll={{ x: 1100 }}
        data-testid="webhook-endpoint-table"
      />
      {drawer === 'create' && <CreateWebhookEndpointFlow onClose={() => setDrawer(null)} />}
      {drawer !== null && drawer !== 'create' && (
        <EditWebhookEndpointForm
          endpoint={drawer}
          onClose={() => setDrawer(null)}
          onDone={() => {
            setDrawer(null);
            void message.success(t('admin.common.saved'));
          }}
        />
      )}
    </Flex>
  );
}

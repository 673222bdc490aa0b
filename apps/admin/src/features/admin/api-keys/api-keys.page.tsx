import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Flex, Popconfirm, Space, Switch, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdminApiKeysDocument,
  type ApiKeyRowFragment,
  RevokeApiKeyDocument,
} from '../../../gql/graphql';
import { ConnectionTable } from '../../../shared/connection-table';
import { formatDateTime } from '../../../shared/dates';
import { useCursorStack } from '../../../shared/use-cursor-stack';
import { AdminPageHeader } from '../shared/admin-page-header';
import { CreateApiKeyFlow } from './create-api-key-form';
import { useScopeLabel } from './scope-label';

const PAGE_SIZE = 30;

type ApiKeyStatus = 'ACTIVE' | 'REVOKED' | 'EXPIRED';

/** Revoked wins over expired: it is what someone did. */
export function apiKeyStatus(
  key: Pick<ApiKeyRowFragment, 'revokedAt' | 'expiresAt'>,
  now: Date,
): ApiKeyStatus {
  if (key.revokedAt) return 'REVOKED';
  if (key.expiresAt && new Date(key.expiresAt) <= now) return 'EXPIRED';
  return 'ACTIVE';
}

function RevokeButton({ apiKey }: { apiKey: ApiKeyRowFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [revoke, { loading }] = useMutation(RevokeApiKeyDocument);
  const run = async () => {
    try {
      const { data } = await revoke({ variables: { input: { apiKeyId: apiKey.id } } });
      const errors = data?.revokeApiKey.userErrors ?? [];
      if (errors.length > 0 || !data?.revokeApiKey.apiKey)
        void message.error(errors.map((e) => e.message).join(' ') || t('common.unknownError'));
      else void message.success(t('admin.apiKeys.revoked', { name: apiKey.name }));
    } catch {
      void message.error(t('common.networkError'));
    }
  };
  return (
    <Popconfirm
      title={t('admin.apiKeys.revokeConfirm', { name: apiKey.name })}
      okText={t('admin.apiKeys.revoke')}
      okButtonProps={{ danger: true }}
      cancelText={t('admin.common.cancel')}
      onConfirm={() => run()}
    >
      <Button size="small" danger loading={loading}>
        {t('admin.apiKeys.revoke')}
      </Button>
    </Popconfirm>
  );
}

/** 管理 › APIキー: the integrators' keys with their scopes and use; create (key shown once), revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const scopeLabel = useScopeLabel();
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const [creating, setCreating] = useState(false);
  const filter = { includeRevoked };
  const cursors = useCursorStack(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(AdminApiKeysDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.apiKeys;
  const now = new Date();

  const statusTag = (status: ApiKeyStatus) =>
    ({
      ACTIVE: <Tag color="green">{t('admin.apiKeys.statusActive')}</Tag>,
      REVOKED: <Tag color="red">{t('admin.apiKeys.statusRevoked')}</Tag>,
      EXPIRED: <Tag>{t('admin.apiKeys.statusExpired')}</Tag>,
    })[status];

  const columns: ColumnsType<ApiKeyRowFragment> = [
    { key: 'name', title: t('admin.apiKeys.name'), dataIndex: 'name' },
    {
      key: 'keyPrefix',
      title: t('admin.apiKeys.keyPrefix'),
      width: 150,
      render: (_, k) => <Typography.Text code>{`${k.keyPrefix}…`}</Typography.Text>,
    },
    {
      key: 'scopes',
      title: t('admin.apiKeys.scopes'),
      render: (_, k) => (
        <Space size={4} wrap>
          {k.scopes.map((scope) => (
            <Tag key={scope} title={scope}>
              {scopeLabel(scope)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'status',
      title: t('admin.common.status'),
      width: 100,
      render: (_, k) => statusTag(apiKeyStatus(k, now)),
    },
    {
      key: 'createdAt',
      title: t('admin.common.createdAt'),
      width: 170,
      render: (_, k) => (
        <Flex vertical>
          <span className="kizuna-tabular">{formatDateTime(k.createdAt)}</span>
          {k.createdBy && (
            <Typography.Text type="secondary">{k.createdBy.displayName}</Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'expiresAt',
      title: t('admin.apiKeys.expiresAt'),
      width: 160,
      render: (_, k) => (
        <span className="kizuna-tabular">
          {formatDateTime(k.expiresAt) ?? t('admin.apiKeys.noExpiry')}
        </span>
      ),
    },
    {
      key: 'lastUsedAt',
      title: t('admin.apiKeys.lastUsedAt'),
      width: 160,
      render: (_, k) => (
        <span className="kizuna-tabular">
          {formatDateTime(k.lastUsedAt) ?? t('admin.apiKeys.unused')}
        </span>
      ),
    },
    {
      key: 'actions',
      title: t('admin.common.actions'),
      width: 110,
      render: (_, k) => (k.revokedAt ? null : <RevokeButton apiKey={k} />),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <AdminPageHeader
        title={t('admin.apiKeys.title')}
        description={t('admin.apiKeys.description')}
        action={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('admin.apiKeys.create')}
          </Button>
        }
      />
      <Space>
        <Switch
          id="include-revoked"
          checked={includeRevoked}
          onChange={setIncludeRevoked}
          aria-label={t('admin.apiKeys.includeRevoked')}
        />
        <label htmlFor="include-revoked">{t('admin.apiKeys.includeRevoked')}</label>
      </Space>
      <ConnectionTable<ApiKeyRowFragment>
        connection={connection}
        error={error}
        loading={loading}
        stale={!data}
        onRetry={() => void refetch()}
        cursors={cursors}
        emptyText={t('admin.apiKeys.empty')}
        columns={columns}
        scroll={{ x: 1200 }}
        data-testid="api-key-table"
      />
      {creating && <CreateApiKeyFlow onClose={() => setCreating(false)} />}
    </Flex>
  );
}

import { useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Input, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import {
  type AuditEventFilter,
  AuditLogDocument,
  type AuditEventRowFragment,
} from '../../gql/graphql';
import { formatDateTime } from '../../shared/dates';
import { ConnectionTable } from '../../shared/connection-table';
import { useCursorStack } from '../../shared/use-cursor-stack';
import { AuditChange } from './audit-change';
import { entityPath } from './audit-diff';

const PAGE_SIZE = 30;
const FILTER_KEYS = ['entityId', 'actorId', 'action'] as const;
type FilterKey = (typeof FILTER_KEYS)[number];

/** The audit trail, newest first, filtered by entity, actor or action; before/after per event. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filter: AuditEventFilter = Object.fromEntries(
    FILTER_KEYS.flatMap((k) => (searchParams.get(k) ? [[k, searchParams.get(k)!]] : [])),
  );
  const [action, setAction] = useState(filter.action ?? '');
  const cursors = useCursorStack(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.auditEvents;
  const setFilter = (key: FilterKey, value: string | null) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearchParams(next);
  };

  const columns: ColumnsType<AuditEventRowFragment> = [
    {
      key: 'occurredAt',
      title: t('audit.columns.occurredAt'),
      width: 160,
      render: (_, e) => <span className="kizuna-tabular">{formatDateTime(e.occurredAt)}</span>,
    },
    {
      key: 'actor',
      title: t('audit.columns.actor'),
      width: 230,
      render: (_, e) =>
        e.actorId ? (
          <Tooltip title={t('audit.filterByActor')}>
            <Button type="link" size="small" onClick={() => setFilter('actorId', e.actorId)}>
              {e.actorName}
            </Button>
          </Tooltip>
        ) : (
          e.actorName
        ),
    },
    {
      key: 'action',
      title: t('audit.columns.action'),
      render: (_, e) => (
        <Button type="link" size="small" onClick={() => setFilter('action', e.action)}>
          <code>{e.action}</code>
        </Button>
      ),
    },
    {
      key: 'entity',
      title: t('audit.columns.entity'),
      width: 280,
      render: (_, e) => {
        const path = entityPath(e.entityType, e.entityId);
        return (
          <Space size={4} wrap>
            <Tag>{e.entityType}</Tag>
            <Tooltip title={t('audit.filterByEntity')}>
              <Button type="link" size="small" onClick={() => setFilter('entityId', e.entityId)}>
                {t('audit.thisEntity')}
              </Button>
            </Tooltip>
            {path && <Link to={path}>{t('audit.open')}</Link>}
          </Space>
        );
      },
    },
  ];

  const active = FILTER_KEYS.filter((k) => filter[k]);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('audit.description')}</Typography.Text>
      <Space wrap>
        <Input.Search
          allowClear
          style={{ width: 360 }}
          placeholder={t('audit.actionPlaceholder')}
          aria-label={t('audit.columns.action')}
          value={action}
          onChange={(e) => setAction(e.target.value)}
          onSearch={(v) => setFilter('action', v.trim() || null)}
        />
        {active.map((k) => (
          <Tag
            key={k}
            closable
            color="blue"
            onClose={() => {
              if (k === 'action') setAction('');
              setFilter(k, null);
            }}
          >
            {t(`audit.filters.${k}`)}: {filter[k]}
          </Tag>
        ))}
        {active.length > 0 && (
          <Button
            onClick={() => {
              setAction('');
              setSearchParams(new URLSearchParams());
            }}
          >
            {t('nearMisses.filters.clear')}
          </Button>
        )}
      </Space>
      <Card>
        <ConnectionTable<AuditEventRowFragment>
          connection={connection}
          error={error}
          loading={loading}
          onRetry={() => void refetch()}
          cursors={cursors}
          columns={columns}
          scroll={{ x: 900 }}
          data-testid="audit-table"
          expandable={{
            expandedRowRender: (e) => (
              <AuditChange before={e.before} after={e.after} references={e.references} />
            ),
          }}
          emptyText={t('audit.empty')}
        />
      </Card>
    </Flex>
  );
}

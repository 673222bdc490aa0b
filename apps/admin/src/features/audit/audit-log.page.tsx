import { useQuery } from '@apollo/client/react';
import { auditActionLabel, auditEntityLabel, type Locale } from '@kizuna/domain';
import { Button, Card, DatePicker, Flex, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AuditLogDocument, type AuditEventRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/dates';
import { ConnectionTable } from '../../shared/connection-table';
import { useCursorStack } from '../../shared/use-cursor-stack';
import { AuditActionSelect } from './audit-action-select';
import { AuditChainCheck } from './audit-chain-check';
import { AuditChange } from './audit-change';
import { entityPath } from './audit-diff';
import { AuditExportButton } from './audit-export-button';
import {
  auditEventFilter,
  auditLogSearchParams,
  NO_AUDIT_FILTER,
  parseAuditLogParams,
  type AuditLogParams,
} from './audit-log-params';

const PAGE_SIZE = 30;

/**
 * The audit trail, newest first: filtered by action (in words, one or a group), by a range of
 * Tokyo days, by entity or actor — all in the URL; exported as CSV; the chain verified on demand.
 */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'ja';
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseAuditLogParams(searchParams);
  const filter = auditEventFilter(params);
  const cursors = useCursorStack(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.auditEvents;
  const update = (next: Partial<AuditLogParams>) =>
    setSearchParams(auditLogSearchParams({ ...params, ...next }));

  const columns: ColumnsType<AuditEventRowFragment> = [
    {
      key: 'occurredAt',
      title: t('audit.columns.occurredAt'),
      width: 160,
      render: (_, e) => (
        <Flex vertical>
          <span className="kizuna-tabular">{formatDateTime(e.occurredAt)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} className="kizuna-tabular">
            {t('audit.sequence', { id: e.id })}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'actor',
      title: t('audit.columns.actor'),
      width: 230,
      render: (_, e) =>
        e.actorId ? (
          <Tooltip title={t('audit.filterByActor')}>
            <Button type="link" size="small" onClick={() => update({ actorId: e.actorId })}>
              {e.actorName}
            </Button>
          </Tooltip>
        ) : e.actorType === 'SYSTEM' ? (
          t('audit.actorTypes.SYSTEM')
        ) : (
          e.actorName
        ),
    },
    {
      key: 'action',
      title: t('audit.columns.action'),
      render: (_, e) => (
        <Tooltip title={`${t('audit.filterByAction')} (${e.action})`}>
          <Button
            type="link"
            size="small"
            onClick={() => update({ action: e.action, group: null })}
            data-testid="audit-action"
            data-action={e.action}
          >
            {auditActionLabel(e.action, locale)}
          </Button>
        </Tooltip>
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
            <Tag>{auditEntityLabel(e.entityType, locale)}</Tag>
            <Tooltip title={t('audit.filterByEntity')}>
              <Button type="link" size="small" onClick={() => update({ entityId: e.entityId })}>
                {t('audit.thisEntity')}
              </Button>
            </Tooltip>
            {path && <Link to={path}>{t('audit.open')}</Link>}
          </Space>
        );
      },
    },
  ];

  const idTags = (['entityId', 'actorId'] as const).filter((k) => params[k]);
  const hasAny = Object.values(params).some((v) => v !== null);
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('audit.description')}</Typography.Text>
      <AuditChainCheck extra={<AuditExportButton filter={filter} />} />
      <Space wrap>
        <AuditActionSelect value={params} onChange={update} />
        <div data-testid="audit-period">
          <DatePicker.RangePicker
            aria-label={t('audit.period')}
            placeholder={[t('audit.periodFrom'), t('audit.periodTo')]}
            format="YYYY/MM/DD"
            allowEmpty={[true, true]}
            value={[params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null]}
            onChange={(range) =>
              update({
                from: range?.[0]?.format('YYYY-MM-DD') ?? null,
                to: range?.[1]?.format('YYYY-MM-DD') ?? null,
              })
            }
          />
        </div>
        {idTags.map((k) => (
          <Tag key={k} closable color="blue" onClose={() => update({ [k]: null })}>
            {t(`audit.filters.${k}`)}: {params[k]}
          </Tag>
        ))}
        {hasAny && (
          <Button onClick={() => setSearchParams(auditLogSearchParams(NO_AUDIT_FILTER))}>
            {t('audit.clearFilters')}
          </Button>
        )}
      </Space>
      <Card>
        <ConnectionTable<AuditEventRowFragment>
          connection={connection}
          error={error}
          loading={loading}
          stale={!data}
          onRetry={() => void refetch()}
          cursors={cursors}
          columns={columns}
          scroll={{ x: 900 }}
          data-testid="audit-table"
          totalTestId="audit-total"
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

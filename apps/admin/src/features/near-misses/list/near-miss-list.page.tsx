import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { PROVISIONING_KINDS, type ProvisioningKind } from '@kizuna/domain';
import { Card, Flex, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useViewer } from '../../../app/auth/use-viewer';
import { NearMissListDocument, type NearMissTableRowFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/dates';
import { LinkButton } from '../../../shared/link-button';
import { ConnectionTable } from '../../../shared/connection-table';
import { useCursorStack } from '../../../shared/use-cursor-stack';
import { useRequestLabels } from '../../provisioning/shared/request-labels';
import { NearMissKindTag, NearMissStatusTag, useNearMissLabels } from '../near-miss-labels';
import { NearMissFilters } from './near-miss-filters';
import {
  nearMissFilter,
  nearMissListSearchParams,
  parseNearMissListParams,
} from './near-miss-list-params';

const PAGE_SIZE = 20;
const isRequestKind = (k: string | null): k is ProvisioningKind =>
  (PROVISIONING_KINDS as readonly (string | null)[]).includes(k);

/** Near-misses (ヒヤリ・ハット) and incidents, newest first, filtered by kind, status, cause, period. */
export function NearMissListPage() {
  const { t } = useTranslation();
  const labels = useNearMissLabels();
  const requestLabels = useRequestLabels();
  const { can } = useViewer();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseNearMissListParams(searchParams);
  const filter = nearMissFilter(params);
  const cursors = useCursorStack(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(NearMissListDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.nearMisses;
  const path = (id: string) => `/near-misses/${encodeURIComponent(id)}`;

  const columns: ColumnsType<NearMissTableRowFragment> = [
    {
      key: 'occurredAt',
      title: t('nearMisses.columns.occurredAt'),
      width: 150,
      render: (_, n) => (
        <Link to={path(n.id)} className="kizuna-tabular">
          {formatDateTime(n.occurredAt)}
        </Link>
      ),
    },
    {
      key: 'kind',
      title: t('nearMisses.columns.kind'),
      width: 110,
      render: (_, n) => <NearMissKindTag kind={n.kind} />,
    },
    {
      key: 'customer',
      title: t('nearMisses.columns.customer'),
      // The one column of free length: the others give it room rather than wrap a name per word.
      minWidth: 200,
      render: (_, n) =>
        n.customer ? (
          <Link to={`/customers/${encodeURIComponent(n.customer.id)}`}>{n.customer.name}</Link>
        ) : (
          '—'
        ),
    },
    {
      key: 'requestKind',
      title: t('nearMisses.columns.requestKind'),
      width: 130,
      render: (_, n) => (isRequestKind(n.requestKind) ? requestLabels.kind(n.requestKind) : '—'),
    },
    {
      key: 'fields',
      title: t('nearMisses.columns.fields'),
      width: 150,
      render: (_, n) =>
        n.fields.length === 0
          ? '—'
          : n.fields.map((f) => (
              <Tag key={f} color="red">
                {requestLabels.field(f)}
              </Tag>
            )),
    },
    {
      key: 'cause',
      title: t('nearMisses.columns.cause'),
      width: 150,
      render: (_, n) => labels.cause(n.causeCategory),
    },
    {
      key: 'status',
      title: t('nearMisses.columns.status'),
      width: 120,
      render: (_, n) => <NearMissStatusTag status={n.status} />,
    },
    {
      key: 'source',
      title: t('nearMisses.columns.source'),
      width: 130,
      render: (_, n) => (
        <Typography.Text type="secondary">{t(`nearMisses.source.${n.source}`)}</Typography.Text>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="baseline" wrap gap={8}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('nearMisses.title')}
        </Typography.Title>
        <Space wrap>
          <LinkButton to="/near-misses/report" icon={<BarChartOutlined />}>
            {t('nav.nearMissReport')}
          </LinkButton>
          {/* Only for staff who may record one (analysts may not). */}
          {can('near-misses:write') && (
            <LinkButton to="/near-misses/new" type="primary" icon={<PlusOutlined />}>
              {t('nearMisses.record.button')}
            </LinkButton>
          )}
        </Space>
      </Flex>
      <NearMissFilters
        value={params}
        onChange={(next) => setSearchParams(nearMissListSearchParams(next))}
      />
      <Card>
        <ConnectionTable<NearMissTableRowFragment>
          connection={connection}
          error={error}
          loading={loading}
          stale={!data}
          onRetry={() => void refetch()}
          cursors={cursors}
          columns={columns}
          scroll={{ x: 1100 }}
          data-testid="near-miss-table"
          emptyText={t('nearMisses.empty')}
        />
      </Card>
    </Flex>
  );
}

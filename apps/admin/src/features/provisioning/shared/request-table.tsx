import { useQuery } from '@apollo/client/react';
import { Empty, Flex, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  type ProvisioningRequestFilter,
  type ProvisioningRequestOrder,
  RequestTableDocument,
  type RequestTableRowFragment,
} from '../../../gql/graphql';
import { formatDateTime, formatIsoDate } from '../../../shared/dates';
import { LinkButton } from '../../../shared/link-button';
import { ErrorState, pagedTableProps } from '../../../shared/page-states';
import { Pager } from '../../../shared/pager';
import { useCursorStack } from '../../../shared/use-cursor-stack';
import { useFindings } from '../detail/request-findings';
import { WithdrawButton } from '../detail/withdraw-button';
import { requestPath } from './request-kinds';
import { RequestStatusTag, useRequestLabels } from './request-labels';
import { WaitingTimeLabel } from './waiting-time-label';

/** Which screen the table serves: the columns and actions differ. */
export type RequestTableVariant = 'queue' | 'mine' | 'customer';

function Findings({ row }: { row: RequestTableRowFragment }) {
  const findings = useFindings(row);
  return findings ? (
    <Typography.Text type={row.status === 'RETURNED' ? 'danger' : 'secondary'}>
      {findings}
    </Typography.Text>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );
}

function RowActions({
  row,
  variant,
}: {
  row: RequestTableRowFragment;
  variant: RequestTableVariant;
}) {
  const { t } = useTranslation();
  const path = requestPath(row.id);
  if (variant === 'queue') {
    return (
      <LinkButton to={`${path}/check`} type="primary" size="small">
        {t('requests.queue.check')}
      </LinkButton>
    );
  }
  return (
    <Space size={4} wrap>
      <LinkButton to={path} size="small">
        {t('requests.list.open')}
      </LinkButton>
      {variant === 'mine' && row.status === 'RETURNED' && (
        <LinkButton to={`${path}/edit`} size="small" type="primary">
          {t('requests.detail.edit')}
        </LinkButton>
      )}
      {variant === 'mine' && (row.status === 'RETURNED' || row.status === 'PENDING_CHECK') && (
        <WithdrawButton requestId={row.id} size="small" />
      )}
    </Space>
  );
}

/**
 * Provisioning requests matching a filter, newest first unless `orderBy` says otherwise (the
 * queue: oldest first), with the states every list has.
 */
export function RequestTable({
  filter,
  orderBy,
  variant,
  emptyText,
  pageSize = 20,
}: {
  filter: ProvisioningRequestFilter;
  orderBy?: ProvisioningRequestOrder;
  variant: RequestTableVariant;
  emptyText: string;
  pageSize?: number;
}) {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  // On a customer's page the list shares the URL with the page's other cards.
  const cursors = useCursorStack(
    JSON.stringify({ filter, orderBy }),
    variant === 'customer' ? 'requestsAfter' : 'after',
  );
  const { data, previousData, loading, error, refetch } = useQuery(RequestTableDocument, {
    variables: { first: pageSize, after: cursors.after, filter, ...(orderBy ? { orderBy } : {}) },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.provisioningRequests;
  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;

  const columns: ColumnsType<RequestTableRowFragment> = [
    {
      key: 'createdAt',
      title: t('requests.columns.createdAt'),
      width: 150,
      render: (_, r) => <span className="kizuna-tabular">{formatDateTime(r.createdAt)}</span>,
    },
    {
      key: 'kind',
      title: t('requests.columns.kind'),
      width: 150,
      render: (_, r) => <Link to={requestPath(r.id)}>{labels.kind(r.kind)}</Link>,
    },
    ...(variant === 'customer'
      ? []
      : [
          {
            key: 'customer',
            title: t('requests.columns.customer'),
            render: (_: unknown, r: RequestTableRowFragment) => (
              <Link to={`/customers/${encodeURIComponent(r.customer.id)}`}>{r.customer.name}</Link>
            ),
          },
        ]),
    {
      key: 'effectiveDate',
      title: t('requests.fields.effectiveDate'),
      width: 110,
      render: (_, r) => <span className="kizuna-tabular">{formatIsoDate(r.effectiveDate)}</span>,
    },
    ...(variant === 'queue'
      ? [
          {
            key: 'waiting',
            title: t('requests.columns.waiting'),
            width: 110,
            render: (_: unknown, r: RequestTableRowFragment) => (
              <WaitingTimeLabel since={r.submittedAt} />
            ),
          },
        ]
      : [
          {
            key: 'status',
            title: t('requests.columns.status'),
            width: 120,
            render: (_: unknown, r: RequestTableRowFragment) => (
              <RequestStatusTag status={r.status} />
            ),
          },
        ]),
    ...(variant === 'mine'
      ? [
          {
            key: 'findings',
            title: t('requests.columns.findings'),
            render: (_: unknown, r: RequestTableRowFragment) => <Findings row={r} />,
          },
        ]
      : [
          {
            key: 'maker',
            title: t('requests.columns.maker'),
            width: 200,
            render: (_: unknown, r: RequestTableRowFragment) => r.maker?.displayName ?? '—',
          },
        ]),
    ...(variant === 'customer'
      ? [
          {
            key: 'checker',
            title: t('requests.columns.checker'),
            width: 200,
            render: (_: unknown, r: RequestTableRowFragment) => r.checker?.displayName ?? '—',
          },
        ]
      : []),
    {
      key: 'version',
      title: t('requests.columns.version'),
      width: 60,
      align: 'right',
      render: (_, r) => r.version,
    },
    {
      key: 'actions',
      title: t('requests.columns.actions'),
      width: variant === 'mine' ? 240 : 130,
      render: (_, r) => <RowActions row={r} variant={variant} />,
    },
  ];

  return (
    <Flex vertical gap={8}>
      <Table<RequestTableRowFragment>
        size="middle"
        {...pagedTableProps(columns, connection?.edges.map((e) => e.node) ?? [], {
          loading,
          stale: !data,
        }).props}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <Empty description={emptyText} /> }}
        data-testid={`requests-${variant}`}
        footer={
          connection && (connection.pageInfo.hasNextPage || cursors.page > 1)
            ? () => <Pager cursors={cursors} pageInfo={connection.pageInfo} loading={loading} />
            : undefined
        }
      />
      {connection && (
        <Typography.Text type="secondary">
          {t('common.total', { count: connection.totalCount })}
        </Typography.Text>
      )}
    </Flex>
  );
}

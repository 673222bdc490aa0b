import { useQuery } from '@apollo/client/react';
import { formatYen } from '@kizuna/domain';
import { Card, Empty, Flex, Segmented, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/auth/use-viewer';
import { SlaCreditRequestsDocument, type SlaCreditRequestRowFragment } from '../../gql/graphql';
import { formatDateTime } from '../../shared/dates';
import { LinkButton } from '../../shared/link-button';
import { ErrorState, pagedTableProps } from '../../shared/page-states';
import { Pager } from '../../shared/pager';
import { useCursorStack } from '../../shared/use-cursor-stack';
import { formatMonthKey } from '../surveys/shared/survey-figures';
import { requestPath } from '../provisioning/shared/request-kinds';
import { RequestStatusTag } from '../provisioning/shared/request-labels';
import { SLA_REQUEST_VIEWS, SLA_VIEW_STATUSES, type SlaRequestView } from './sla-params';

const PAGE_SIZE = 20;

/**
 * The SERVICE_CREDIT requests, newest first, open ones by default: customer, month and plan,
 * credit and status, each a link to the request. Month and amount are the proposal's, which the
 * API shows the maker, and everyone once the check is decided; the month shown is marked.
 */
export function SlaCreditRequests({
  month,
  view,
  onView,
  planName,
}: {
  month: string;
  view: SlaRequestView;
  onView: (view: SlaRequestView) => void;
  planName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const { hasRole } = useViewer();
  const statuses = SLA_VIEW_STATUSES[view];
  const filter = { kind: 'SERVICE_CREDIT' as const, ...(statuses ? { statuses } : {}) };
  const cursors = useCursorStack(view);
  const { data, previousData, loading, error, refetch } = useQuery(SlaCreditRequestsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.provisioningRequests;
  const hidden = <Typography.Text type="secondary">{t('sla.requests.hidden')}</Typography.Text>;

  const columns: ColumnsType<SlaCreditRequestRowFragment> = [
    {
      key: 'customer',
      title: t('sla.requests.columns.customer'),
      minWidth: 180,
      render: (_, r) => (
        <Link to={`/customers/${encodeURIComponent(r.customer.id)}`}>{r.customer.name}</Link>
      ),
    },
    {
      key: 'month',
      title: t('sla.requests.columns.month'),
      width: 130,
      render: (_, r) => {
        const credit = r.proposal?.serviceCredit;
        if (!credit) return hidden;
        return (
          <Flex gap={4} align="center">
            <span className="kizuna-tabular">{formatMonthKey(credit.month)}</span>
            {credit.month === month && <Tag color="blue">{t('sla.requests.thisMonth')}</Tag>}
          </Flex>
        );
      },
    },
    {
      key: 'plan',
      title: t('sla.requests.columns.plan'),
      width: 160,
      render: (_, r) => {
        const credit = r.proposal?.serviceCredit;
        return credit ? `${planName(credit.planCode)}（${credit.creditPercent}%）` : hidden;
      },
    },
    {
      key: 'credit',
      title: t('sla.requests.columns.credit'),
      align: 'right',
      width: 170,
      render: (_, r) => {
        const credit = r.proposal?.serviceCredit?.credit;
        return credit ? (
          <span className="kizuna-tabular" data-testid="sla-request-credit">
            {formatYen(credit.excludingTax)} / {formatYen(credit.includingTax)}
          </span>
        ) : (
          hidden
        );
      },
    },
    {
      key: 'status',
      title: t('sla.requests.columns.status'),
      width: 110,
      render: (_, r) => <RequestStatusTag status={r.status} />,
    },
    {
      key: 'createdAt',
      title: t('sla.requests.columns.createdAt'),
      width: 150,
      render: (_, r) => <span className="kizuna-tabular">{formatDateTime(r.createdAt)}</span>,
    },
    {
      key: 'open',
      title: t('sla.requests.columns.open'),
      width: 80,
      render: (_, r) => <Link to={requestPath(r.id)}>{t('sla.requests.openRequest')}</Link>,
    },
  ];

  return (
    <Card
      title={t('sla.requests.title')}
      extra={
        hasRole('CHECKER') ? (
          <LinkButton to="/requests/check" size="small">
            {t('sla.requests.checkQueue')}
          </LinkButton>
        ) : null
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('sla.requests.help')}
        </Typography.Text>
        <Segmented<SlaRequestView>
          data-testid="sla-requests-view"
          value={view}
          onChange={onView}
          options={SLA_REQUEST_VIEWS.map((v) => ({
            value: v,
            label: t(`sla.requests.views.${v}`),
          }))}
          style={{ alignSelf: 'start' }}
        />
        {error && !connection ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <Table<SlaCreditRequestRowFragment>
            size="small"
            {...pagedTableProps(columns, connection?.edges.map((e) => e.node) ?? [], {
              loading,
              stale: !data,
            }).props}
            pagination={false}
            scroll={{ x: 900 }}
            locale={{ emptyText: <Empty description={t('sla.requests.empty')} /> }}
            data-testid="sla-requests"
            footer={
              connection && (connection.pageInfo.hasNextPage || cursors.page > 1)
                ? () => <Pager cursors={cursors} pageInfo={connection.pageInfo} loading={loading} />
                : undefined
            }
          />
        )}
        {connection && (
          <Typography.Text type="secondary" data-testid="sla-requests-total">
            {t('common.total', { count: connection.totalCount })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}

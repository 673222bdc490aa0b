import { formatYen } from '@kizuna/domain';
import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { CustomerTableRowFragment } from '../../../gql/graphql';
import { formatDate, formatIsoDate } from '../../../shared/dates';
import { pagedTableProps } from '../../../shared/page-states';
import { StageTag } from '../../../shared/stage-tag';
import { TrialEnd } from '../../../shared/trial-end';
import { customerListLinkState } from './customer-list-params';

export interface CustomerTableProps {
  rows: CustomerTableRowFragment[];
  loading: boolean;
  /** `rows` are the previous page's (or filters'), kept while the requested page loads. */
  stale: boolean;
  empty: ReactNode;
  footer: () => ReactNode;
  /** Renewal date and amount instead of the trial end (a list of renewals). */
  withRenewal?: boolean;
}

/**
 * One page of customers: name (with furigana), 法人番号, stage, plan, trial end (or, for
 * renewals, the next renewal and its amount), registration. Skeleton rows while a page loads.
 */
export function CustomerTable({
  rows,
  loading,
  stale,
  empty,
  footer,
  withRenewal = false,
}: CustomerTableProps) {
  const { t } = useTranslation();
  const { search } = useLocation();
  const columns: ColumnsType<CustomerTableRowFragment> = [
    {
      key: 'name',
      title: t('customers.columns.name'),
      render: (_, c) => (
        <div>
          <Link to={`/customers/${encodeURIComponent(c.id)}`} state={customerListLinkState(search)}>
            {c.name}
          </Link>
          {c.nameKana && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {c.nameKana}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    {
      key: 'corporateNumber',
      title: t('customers.columns.corporateNumber'),
      width: 150,
      render: (_, c) => <span className="kizuna-tabular">{c.corporateNumber ?? '—'}</span>,
    },
    {
      key: 'stage',
      title: t('customers.columns.stage'),
      width: 120,
      render: (_, c) => <StageTag stage={c.stage} />,
    },
    {
      key: 'plan',
      title: t('customers.columns.plan'),
      width: 140,
      render: (_, c) => c.subscription?.plan.name ?? '—',
    },
    ...(withRenewal
      ? [
          {
            key: 'renewsAt',
            title: t('customerEconomics.renewal.renewsAt'),
            width: 130,
            render: (_: unknown, c: CustomerTableRowFragment) => (
              <span className="kizuna-tabular" data-testid="renews-at">
                {formatIsoDate(c.subscription?.renewsAt) ?? '—'}
              </span>
            ),
          },
          {
            key: 'renewalAmount',
            title: t('customerEconomics.renewal.amount'),
            width: 170,
            align: 'right' as const,
            render: (_: unknown, c: CustomerTableRowFragment) => {
              const amount = c.subscription?.renewalAmount;
              return amount ? (
                <Flex vertical align="end" className="kizuna-tabular">
                  <Typography.Text strong>{formatYen(amount.includingTax)}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('customerEconomics.renewal.excludingTax', {
                      amount: formatYen(amount.excludingTax),
                    })}
                  </Typography.Text>
                </Flex>
              ) : (
                '—'
              );
            },
          },
        ]
      : [
          {
            key: 'trialEndsAt',
            title: t('customers.columns.trialEndsAt'),
            width: 200,
            render: (_: unknown, c: CustomerTableRowFragment) =>
              c.stage === 'TRIAL' ? <TrialEnd {...c} /> : '—',
          },
        ]),
    {
      key: 'createdAt',
      title: t('customers.columns.createdAt'),
      width: 120,
      render: (_, c) => <span className="kizuna-tabular">{formatDate(c.createdAt)}</span>,
    },
  ];
  return (
    <Table<CustomerTableRowFragment>
      size="middle"
      {...pagedTableProps(columns, rows, { loading, stale }).props}
      pagination={false}
      locale={{ emptyText: empty }}
      footer={footer}
      scroll={{ x: 900 }}
    />
  );
}

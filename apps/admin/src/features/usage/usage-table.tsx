import { Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatShare } from '../surveys/shared/survey-figures';
import { formatGb, formatUsers, type UsageRow } from './usage-figures';

const figure = (text: string) => <span className="kizuna-tabular">{text}</span>;

/**
 * Groups of the usage report (plans or customers): DAU, MAU, DAU/MAU and storage; customers
 * counted for plans, ranked for customers. `name` renders the group's name (e.g. a link).
 */
export function UsageTable({
  rows,
  nameTitle,
  name = (g) => g.label,
  ranked = false,
  testId,
}: {
  rows: readonly UsageRow[];
  nameTitle: string;
  name?: (g: UsageRow) => ReactNode;
  /** Rows are a ranking: a rank column instead of the customer count. */
  ranked?: boolean;
  testId: string;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<UsageRow> = [
    ...(ranked
      ? [
          {
            key: 'rank',
            title: t('usage.table.rank'),
            width: 56,
            align: 'right' as const,
            render: (_: unknown, __: UsageRow, i: number) => figure(String(i + 1)),
          },
        ]
      : []),
    { key: 'name', title: nameTitle, minWidth: 160, render: (_, g) => name(g) },
    ...(ranked
      ? []
      : [
          {
            key: 'customers',
            title: t('usage.table.customers'),
            align: 'right' as const,
            width: 90,
            render: (_: unknown, g: UsageRow) => figure(formatCount(g.customers)),
          },
        ]),
    {
      key: 'dau',
      title: t('usage.table.dau'),
      align: 'right',
      width: 100,
      render: (_, g) => figure(formatUsers(g.dau)),
    },
    {
      key: 'mau',
      title: t('usage.table.mau'),
      align: 'right',
      width: 100,
      render: (_, g) => figure(formatUsers(g.mau)),
    },
    {
      key: 'stickiness',
      title: t('usage.table.stickiness'),
      align: 'right',
      width: 90,
      render: (_, g) => figure(formatShare(g.stickiness)),
    },
    {
      key: 'storage',
      title: t('usage.table.storage'),
      align: 'right',
      width: 120,
      render: (_, g) => figure(formatGb(g.storageGb)),
    },
  ];
  return (
    <Table<UsageRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: 560 }}
      // Each row carries its group's key as data-row-key (tests find plans and customers by it).
      data-testid={testId}
    />
  );
}

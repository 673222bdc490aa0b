import { formatYen } from '@kizuna/domain';
import { Button, Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChurnGroupRowFragment } from '../../gql/graphql';
import { formatCount, formatShare } from '../surveys/shared/survey-figures';
import { ChurnSmallSampleTag } from './churn-small-sample-tag';

/**
 * Groups of the report (reasons or plans): customers lost, MRR lost, share and logo churn rate
 * with its denominator; a rate over few customers is marked 参考値. With `onSelect`, the name is a
 * button that picks the group (the notes narrow to it).
 */
export function ChurnGroupTable({
  groups,
  nameTitle,
  marker,
  selectedKey,
  onSelect,
  selectTitle,
  testId,
}: {
  groups: readonly ChurnGroupRowFragment[];
  nameTitle: string;
  /** Something drawn before the name, e.g. the reason's colour in the chart. */
  marker?: (key: string) => ReactNode;
  selectedKey?: string | null;
  onSelect?: (key: string) => void;
  selectTitle?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<ChurnGroupRowFragment> = [
    {
      key: 'name',
      title: nameTitle,
      minWidth: 130,
      render: (_, g) => {
        const name = (
          <>
            {marker?.(g.key)}
            {g.label}
          </>
        );
        return onSelect ? (
          <Button
            type="link"
            size="small"
            style={{ paddingInline: 0, fontWeight: g.key === selectedKey ? 600 : undefined }}
            title={selectTitle}
            aria-pressed={g.key === selectedKey}
            data-testid="churn-group-select"
            data-key={g.key}
            onClick={() => onSelect(g.key)}
          >
            {name}
          </Button>
        ) : (
          name
        );
      },
    },
    {
      key: 'customersLost',
      title: t('churn.table.customersLost'),
      align: 'right',
      width: 64,
      render: (_, g) => <span className="kizuna-tabular">{formatCount(g.customersLost)}</span>,
    },
    {
      key: 'mrrLost',
      title: t('churn.table.mrrLost'),
      align: 'right',
      width: 110,
      render: (_, g) => <span className="kizuna-tabular">{formatYen(g.mrrLost)}</span>,
    },
    {
      key: 'share',
      title: t('churn.table.share'),
      align: 'right',
      width: 72,
      render: (_, g) => <span className="kizuna-tabular">{formatShare(g.share)}</span>,
    },
    {
      key: 'logoChurnRate',
      title: t('churn.table.logoChurnRate'),
      align: 'right',
      width: 120,
      render: (_, g) => (
        <Flex vertical align="end" gap={2}>
          <Flex gap={4} align="center">
            {g.smallSample && <ChurnSmallSampleTag />}
            <span
              className="kizuna-tabular"
              style={{ color: g.smallSample ? '#8c8c8c' : undefined }}
            >
              {formatShare(g.logoChurnRate)}
            </span>
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('churn.table.activeAtStart', { count: g.activeAtStart })}
          </Typography.Text>
        </Flex>
      ),
    },
  ];
  return (
    <Table<ChurnGroupRowFragment>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={[...groups]}
      pagination={false}
      scroll={{ x: 500 }}
      data-testid={testId}
      // The picked group: a light tint that keeps its link legible.
      onRow={(g) => ({ style: g.key === selectedKey ? { background: '#e6f4ff' } : undefined })}
    />
  );
}

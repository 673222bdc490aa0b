import { formatYen } from '@kizuna/domain';
import { Flex, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../shared/dates';
import { useKeyboardScrollableTable } from '../../shared/use-keyboard-scrollable-table';
import { formatCount, formatShare } from '../surveys/shared/survey-figures';
import { type EconomicsPeriod, formatSignedYen, MRR_MOVEMENTS } from './economics-figures';
import { EconomicsInProgressTag, EconomicsSmallSampleTag } from './economics-small-sample-tag';

const figure = (text: ReactNode, muted = false) => (
  <span className="kizuna-tabular" style={{ color: muted ? '#8c8c8c' : undefined }}>
    {text}
  </span>
);

/** A rate, greyed and tagged when its base is small. */
const rate = (value: number | null | undefined, small: false | 'retention' | 'trial') => (
  <Flex gap={4} align="center" justify="end">
    {small && <EconomicsSmallSampleTag kind={small} iconOnly />}
    {figure(formatShare(value), Boolean(small))}
  </Flex>
);

/** Every period with all its figures (amounts 税抜, whole yen; rates with their bases). */
export function EconomicsPeriodTable({ periods }: { periods: readonly EconomicsPeriod[] }) {
  const { t } = useTranslation();
  const tableRef = useKeyboardScrollableTable();
  const yen = (key: 'startMrr' | 'mrr' | 'arr' | 'credits' | 'revenue' | 'arpa' | 'ltv') => ({
    key,
    title: t(`economics.table.${key}`),
    align: 'right' as const,
    width: 116,
    render: (_: unknown, p: EconomicsPeriod) => {
      const v = p[key];
      return figure(v === null || v === undefined ? '—' : formatYen(v));
    },
  });
  const count = (key: 'customersActive' | 'customersNew' | 'customersChurned') => ({
    key,
    title: t(`economics.table.${key}`),
    align: 'right' as const,
    width: 72,
    render: (_: unknown, p: EconomicsPeriod) => figure(formatCount(p[key])),
  });
  const retention = (key: 'grr' | 'nrr' | 'mrrChurnRate') => ({
    key,
    title: t(`economics.table.${key}`),
    align: 'right' as const,
    width: 104,
    render: (_: unknown, p: EconomicsPeriod) =>
      rate(p[key], p.smallRetentionSample && p.startMrr > 0 && 'retention'),
  });

  const columns: ColumnsType<EconomicsPeriod> = [
    {
      key: 'period',
      title: t('economics.table.period'),
      fixed: 'left',
      width: 132,
      render: (_, p) => (
        <Flex vertical gap={2} align="start">
          <Typography.Text strong>{p.label}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 11 }} className="kizuna-tabular">
            {formatIsoDate(p.from)}〜{formatIsoDate(p.to)?.slice(5)}
          </Typography.Text>
          {p.inProgress && <EconomicsInProgressTag to={p.to} />}
        </Flex>
      ),
    },
    yen('startMrr'),
    {
      key: 'movements',
      title: t('economics.table.movements'),
      children: MRR_MOVEMENTS.map((m) => ({
        key: m.key,
        title: t(`economics.movements.${m.key}`),
        align: 'right' as const,
        width: 128,
        render: (_: unknown, p: EconomicsPeriod) => figure(formatSignedYen(m.sign * p[m.key])),
      })),
    },
    yen('mrr'),
    yen('arr'),
    {
      key: 'customers',
      title: t('economics.table.customers'),
      children: [count('customersActive'), count('customersNew'), count('customersChurned')],
    },
    yen('credits'),
    yen('revenue'),
    {
      key: 'rates',
      title: t('economics.table.rates'),
      children: [retention('grr'), retention('nrr'), retention('mrrChurnRate')],
    },
    yen('arpa'),
    {
      key: 'trialConversion',
      title: t('economics.table.trialConversion'),
      align: 'right',
      width: 120,
      render: (_, p) => (
        <Flex vertical align="end" gap={2}>
          {rate(p.trialConversionRate, p.smallTrialSample && p.trialsEnded > 0 && 'trial')}
          <Typography.Text type="secondary" style={{ fontSize: 11 }}>
            {t('economics.table.trials', { converted: p.trialsConverted, ended: p.trialsEnded })}
          </Typography.Text>
        </Flex>
      ),
    },
    yen('ltv'),
  ];
  return (
    <Table<EconomicsPeriod>
      ref={tableRef}
      rowKey="period"
      size="small"
      bordered
      columns={columns}
      dataSource={[...periods]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="economics-period-table"
    />
  );
}

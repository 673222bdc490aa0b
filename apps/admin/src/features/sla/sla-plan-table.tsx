import { formatYen } from '@kizuna/domain';
import { Button, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import type { SlaPlanRowFragment } from '../../gql/graphql';
import { formatAvailability, slaStatus, type SlaStatus } from './sla-figures';

const STATUS_COLORS: Record<SlaStatus, string> = {
  UNRECORDED: 'default',
  MET: 'green',
  BREACHED: 'red',
};

const figure = (text: string) => <span className="kizuna-tabular">{text}</span>;

/**
 * Every plan of the month: target against measured, breached or not, the credit step, the
 * customers affected, the credits applied and the requests still waiting for a check. With
 * `onRecord`, a button to record (again) the plan's month.
 */
export function SlaPlanTable({
  plans,
  planName,
  onRecord,
}: {
  plans: readonly SlaPlanRowFragment[];
  planName: (code: string) => string;
  onRecord?: (planCode: string) => void;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<SlaPlanRowFragment> = [
    {
      key: 'plan',
      title: t('sla.plans.plan'),
      minWidth: 110,
      render: (_, p) => planName(p.planCode),
    },
    {
      key: 'target',
      title: t('sla.plans.target'),
      align: 'right',
      width: 90,
      render: (_, p) => figure(formatAvailability(p.targetPercent)),
    },
    {
      key: 'measured',
      title: t('sla.plans.measured'),
      align: 'right',
      width: 90,
      render: (_, p) => figure(formatAvailability(p.measuredPercent)),
    },
    {
      key: 'status',
      title: t('sla.plans.status'),
      width: 90,
      render: (_, p) => {
        const status = slaStatus(p);
        return (
          <Tag color={STATUS_COLORS[status]} data-testid="sla-status" data-status={status}>
            {t(`sla.status.${status}`)}
          </Tag>
        );
      },
    },
    {
      key: 'creditPercent',
      title: t('sla.plans.creditPercent'),
      align: 'right',
      width: 90,
      render: (_, p) =>
        figure(
          p.creditPercent === null || p.creditPercent === undefined ? '—' : `${p.creditPercent}%`,
        ),
    },
    {
      key: 'customersAffected',
      title: t('sla.plans.customersAffected'),
      align: 'right',
      width: 90,
      render: (_, p) => figure(t('sla.plans.customers', { count: p.customersAffected })),
    },
    {
      key: 'creditTotal',
      title: (
        <Tooltip title={t('sla.plans.creditTotalHelp')}>
          <span>{t('sla.plans.creditTotal')}</span>
        </Tooltip>
      ),
      align: 'right',
      width: 150,
      render: (_, p) => figure(formatYen(p.creditTotalYen)),
    },
    {
      key: 'open',
      title: t('sla.plans.open'),
      align: 'right',
      width: 90,
      render: (_, p) =>
        p.creditRequestsOpen > 0 ? (
          <Typography.Text type="warning" strong className="kizuna-tabular">
            {t('sla.plans.openCount', { count: p.creditRequestsOpen })}
          </Typography.Text>
        ) : (
          figure(t('sla.plans.openCount', { count: 0 }))
        ),
    },
    {
      key: 'incident',
      title: t('sla.plans.incident'),
      minWidth: 200,
      render: (_, p) =>
        p.incidentNote ? (
          <Typography.Paragraph
            style={{ margin: 0 }}
            ellipsis={{ rows: 2, tooltip: p.incidentNote }}
          >
            {p.incidentNote}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    ...(onRecord
      ? [
          {
            key: 'actions',
            title: t('sla.plans.actions'),
            width: 120,
            render: (_: unknown, p: SlaPlanRowFragment) => (
              <Button
                size="small"
                onClick={() => onRecord(p.planCode)}
                data-testid="sla-record-plan"
              >
                {p.measuredPercent === null || p.measuredPercent === undefined
                  ? t('sla.plans.record')
                  : t('sla.plans.rerecord')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<SlaPlanRowFragment>
      rowKey="planCode"
      size="small"
      columns={columns}
      dataSource={[...plans]}
      pagination={false}
      scroll={{ x: 1000 }}
      data-testid="sla-plans"
      rowClassName={(p) => (p.breached ? 'kizuna-row-mismatch' : '')}
    />
  );
}

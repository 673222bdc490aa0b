import { isChurnReason } from '@kizuna/domain';
import { Card, Col, Empty, Flex, Row, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChurnGroupRowFragment } from '../../gql/graphql';
import { byMostLost, CHURN_REASON_COLORS, type ReasonCount, reasonSeries } from './churn-figures';
import { ChurnGroupTable } from './churn-group-table';
import { ChurnKpis, type ChurnKpiFigures } from './churn-kpis';
import { CHURN_TIME_GROUP_BYS, type ChurnParams, type ChurnTimeGroupBy } from './churn-params';
import { ChurnReasonChart } from './churn-reason-chart';

const swatch = (color: string) => (
  <span aria-hidden style={{ color, marginInlineEnd: 6 }}>
    ■
  </span>
);

/** The figures of one report: KPIs, then (with churn) the chart over time and the two tables. */
export function ChurnDashboard({
  report,
  reasonGroups,
  planGroups,
  timeGroups,
  params,
  onChange,
}: {
  report: ChurnKpiFigures;
  reasonGroups: readonly ChurnGroupRowFragment[];
  planGroups: readonly ChurnGroupRowFragment[];
  timeGroups: readonly (ChurnGroupRowFragment & { byReason: readonly ReasonCount[] })[];
  params: ChurnParams;
  onChange: (next: ChurnParams) => void;
}) {
  const { t } = useTranslation();
  // A second click on the reason shown drops the narrowing.
  const selectReason = (key: string) => {
    if (isChurnReason(key)) onChange({ ...params, reason: key === params.reason ? null : key });
  };

  return (
    <Flex vertical gap={16}>
      <ChurnKpis report={report} />
      {report.totalCustomersLost === 0 ? (
        <Card data-testid="churn-empty">
          <Empty
            description={
              <Flex vertical gap={4}>
                <Typography.Text strong>{t('churn.empty.title')}</Typography.Text>
                <Typography.Text type="secondary">{t('churn.empty.description')}</Typography.Text>
              </Flex>
            }
          />
        </Card>
      ) : (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <Card
              title={t('churn.chart.title')}
              extra={
                <Segmented<ChurnTimeGroupBy>
                  aria-label={t('churn.chart.groupBy')}
                  data-testid="churn-time-group-by"
                  value={params.timeGroupBy}
                  onChange={(timeGroupBy) => onChange({ ...params, timeGroupBy })}
                  options={CHURN_TIME_GROUP_BYS.map((g) => ({
                    value: g,
                    label: t(`churn.timeGroupBy.${g}`),
                  }))}
                />
              }
            >
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('churn.chart.hint')}
              </Typography.Text>
              <ChurnReasonChart
                periods={timeGroups.map((g) => g.label)}
                series={reasonSeries(timeGroups)}
                selected={params.reason}
                onSelect={selectReason}
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('churn.table.byReason')} style={{ height: '100%' }}>
              <ChurnGroupTable
                testId="churn-by-reason"
                nameTitle={t('churn.table.reason')}
                groups={byMostLost(reasonGroups)}
                marker={(key) => (isChurnReason(key) ? swatch(CHURN_REASON_COLORS[key]) : null)}
                selectedKey={params.reason}
                onSelect={selectReason}
                selectTitle={t('churn.table.showNotes')}
              />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('churn.table.byPlan')} style={{ height: '100%' }}>
              <ChurnGroupTable
                testId="churn-by-plan"
                nameTitle={t('churn.table.plan')}
                groups={planGroups}
              />
            </Card>
          </Col>
        </Row>
      )}
    </Flex>
  );
}

import { useQuery } from '@apollo/client/react';
import { Card, Col, Empty, Flex, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EconomicsDocument } from '../../gql/graphql';
import { formatIsoDate } from '../../shared/dates';
import { ErrorState, LoadingState } from '../../shared/page-states';
import {
  EconomicsMrrChart,
  EconomicsRetentionChart,
  EconomicsTrialChart,
} from './economics-charts';
import { EconomicsExportButton } from './economics-export-button';
import { economicsPeriods, hasNoRevenueData } from './economics-figures';
import { EconomicsFilters } from './economics-filters';
import { EconomicsKpis } from './economics-kpis';
import { revenueReportFilter } from './economics-params';
import { EconomicsPeriodTable } from './economics-period-table';
import { useEconomicsParams } from './use-economics-params';

/**
 * 収益・KPI: the latest period's KPIs with their denominators, MRR over its movements, NRR/GRR
 * and trial conversion over time, every period's figures, and a CSV of them. Grouping, period
 * and plans live in the URL. `now` is the clock of "in progress" (tests move it).
 */
export function EconomicsPage({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useTranslation();
  const [params, setParams] = useEconomicsParams();
  const { data, previousData, loading, error, refetch } = useQuery(EconomicsDocument, {
    variables: { filter: revenueReportFilter(params), groupBy: params.groupBy },
  });
  const current = data ?? previousData;
  const rows = current?.revenueReport.periods ?? [];
  const periods = economicsPeriods(rows, now());
  const latest = periods[periods.length - 1];
  const empty = hasNoRevenueData(rows);
  const first = periods[0];

  let body;
  if (!current && error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!current) body = <LoadingState />;
  else if (empty || !latest)
    body = (
      <Card data-testid="economics-empty">
        <Empty
          description={
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('economics.empty.title')}</Typography.Text>
              <Typography.Text type="secondary">{t('economics.empty.description')}</Typography.Text>
            </Flex>
          }
        />
      </Card>
    );
  else
    body = (
      <Flex vertical gap={16}>
        <EconomicsKpis period={latest} />
        <Card title={t('economics.chart.mrrTitle')} size="small">
          <EconomicsMrrChart periods={periods} />
        </Card>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <Card
              title={t('economics.chart.retentionTitle')}
              size="small"
              style={{ height: '100%' }}
            >
              <EconomicsRetentionChart periods={periods} />
            </Card>
          </Col>
          <Col xs={24} xl={12}>
            <Card title={t('economics.chart.trialTitle')} size="small" style={{ height: '100%' }}>
              <EconomicsTrialChart periods={periods} />
            </Card>
          </Col>
        </Row>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('economics.chart.smallPointHint')}
        </Typography.Text>
        <Card title={t('economics.table.title')} size="small" extra={t('economics.taxNote')}>
          <EconomicsPeriodTable periods={periods} />
        </Card>
      </Flex>
    );

  return (
    <Flex vertical gap={16} style={{ minWidth: 0 }}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('economics.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('economics.subtitle')}</Typography.Text>
        </Flex>
        {!empty && <EconomicsExportButton periods={periods} groupBy={params.groupBy} />}
      </Flex>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <EconomicsFilters value={params} onChange={setParams} />
        {first && latest && (
          <Typography.Text strong className="kizuna-tabular" data-testid="economics-period">
            {t('economics.period', {
              from: formatIsoDate(first.from),
              to: formatIsoDate(latest.to),
            })}
          </Typography.Text>
        )}
      </Flex>
      {/* Busy until the figures on screen are those of the URL's filters (tests wait on it). */}
      <div
        data-testid="economics-dashboard"
        aria-busy={loading || !data}
        data-group-by={params.groupBy}
        data-plans={params.planCodes.join(',')}
      >
        <Spin spinning={loading && !!current} delay={200}>
          {body}
        </Spin>
      </div>
    </Flex>
  );
}

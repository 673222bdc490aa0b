import { useQuery } from '@apollo/client/react';
import { Alert, Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  SurveyFilterPlansDocument,
  UsageEstablishedDocument,
  UsageOverviewDocument,
} from '../../gql/graphql';
import { formatIsoDate } from '../../shared/dates';
import { ErrorState, LoadingState } from '../../shared/page-states';
import { usePlanCatalog } from '../surveys/shared/use-plan-catalog';
import { establishedPeriod, planTrendSeries, usageTotals } from './usage-figures';
import { UsageExportButton } from './usage-export-button';
import { UsageFilters } from './usage-filters';
import { UsageKpis } from './usage-kpis';
import { usageReportFilter } from './usage-params';
import { UsageRanking } from './usage-ranking';
import { UsageTable } from './usage-table';
import { UsageTrendChart } from './usage-trend-chart';
import { usePlanTrends } from './use-plan-trends';
import { useUsageParams } from './use-usage-params';

/**
 * 利用状況: DAU, MAU (approximated), DAU/MAU and storage of the period — in total, per plan over
 * months, per plan, and the customers highest and lowest — and a CSV of it. Filters in the URL.
 */
export function UsagePage() {
  const { t } = useTranslation();
  const [params, setParams] = useUsageParams();
  const plans = usePlanCatalog();
  const { data: catalog } = useQuery(SurveyFilterPlansDocument);
  const { data, previousData, loading, error, refetch } = useQuery(UsageOverviewDocument, {
    variables: { filter: usageReportFilter(params) },
  });
  const current = data ?? previousData;
  const report = current?.byPlan;
  const planGroups = [...(report?.groups ?? [])].sort(
    (a, b) => plans.rank(a.key) - plans.rank(b.key),
  );
  const customers = current?.byCustomer.groups ?? [];
  // Who has history enough to be ranked by DAU/MAU (none needed for a period under four weeks).
  const history = report ? establishedPeriod(report) : null;
  const established = useQuery(UsageEstablishedDocument, {
    variables: { filter: { ...usageReportFilter(params), ...history } },
    skip: !history,
  });
  // Should it fail, every customer is ranked rather than none.
  const establishedKeys =
    history && !established.error
      ? new Set(
          (established.data ?? established.previousData)?.usageReport.groups.map((g) => g.key),
        )
      : null;
  // The trend's plans: those picked, else the whole catalog (in its order).
  const trendPlans = params.planCodes.length
    ? [...params.planCodes].sort((a, b) => plans.rank(a) - plans.rank(b))
    : (catalog?.plans ?? []).map((p) => p.code);
  const trends = usePlanTrends(trendPlans, params);
  const planMonths = trendPlans
    .map((code) => ({
      planCode: code,
      name: plans.name(code),
      months: trends.months?.get(code) ?? [],
    }))
    .filter((p) => p.months.length > 0);

  let body;
  if (!current && error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!current || !report) body = <LoadingState />;
  else if (customers.length === 0)
    body = (
      <Card data-testid="usage-empty">
        <Empty
          description={
            <Flex vertical gap={4}>
              <Typography.Text strong>{t('usage.empty.title')}</Typography.Text>
              <Typography.Text type="secondary">{t('usage.empty.description')}</Typography.Text>
            </Flex>
          }
        />
      </Card>
    );
  else
    body = (
      <Flex vertical gap={16}>
        <UsageKpis totals={usageTotals(planGroups)} />
        <Card title={t('usage.chart.title')}>
          {trends.error ? (
            <ErrorState error={trends.error} onRetry={trends.retry} />
          ) : trends.months ? (
            <UsageTrendChart
              trend={planTrendSeries(planMonths, {
                to: report.to,
                partial: (label) => t('usage.chart.partial', { label }),
              })}
            />
          ) : (
            <LoadingState />
          )}
        </Card>
        <Card title={t('usage.table.byPlan')}>
          <UsageTable rows={planGroups} nameTitle={t('usage.table.plan')} testId="usage-by-plan" />
        </Card>
        <UsageRanking
          customers={customers}
          established={establishedKeys}
          rankBy={params.rankBy}
          onRankBy={(rankBy) => setParams({ ...params, rankBy })}
        />
      </Flex>
    );

  const busy = loading || !data || trends.loading || (!!history && established.loading);
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={4}>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('usage.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('usage.subtitle')}</Typography.Text>
        </Flex>
        {report && customers.length > 0 && (
          <UsageExportButton
            from={report.from}
            to={report.to}
            sections={[
              { grouping: t('usage.grouping.PLAN'), groups: planGroups },
              ...planMonths.map((p) => ({
                grouping: t('usage.grouping.MONTH', { plan: p.name }),
                groups: p.months,
              })),
              {
                grouping: t('usage.grouping.CUSTOMER'),
                // Every customer, not only those ranked: most active users first.
                groups: [...customers].sort((a, b) => b.dau - a.dau),
              },
            ]}
          />
        )}
      </Flex>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <UsageFilters value={params} onChange={setParams} />
        {report && (
          <Typography.Text strong className="kizuna-tabular" data-testid="usage-period">
            {t('usage.period', { from: formatIsoDate(report.from), to: formatIsoDate(report.to) })}
          </Typography.Text>
        )}
      </Flex>
      <Alert type="info" showIcon title={t('usage.mauNote')} data-testid="usage-mau-note" />
      {/* Busy until the figures on screen are those of the URL's filters (tests wait on it). */}
      <div
        data-testid="usage-dashboard"
        aria-busy={busy}
        data-plans={params.planCodes.join(',')}
        data-from={report?.from}
        data-to={report?.to}
      >
        <Spin spinning={busy && !!current} delay={200}>
          {body}
        </Spin>
      </div>
    </Flex>
  );
}

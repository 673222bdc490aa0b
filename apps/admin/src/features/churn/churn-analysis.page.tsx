import { useQuery } from '@apollo/client/react';
import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChurnAnalysisDocument } from '../../gql/graphql';
import { formatIsoDate } from '../../shared/dates';
import { ErrorState, LoadingState } from '../../shared/page-states';
import { formatMonthKey } from '../surveys/shared/survey-figures';
import { usePlanCatalog } from '../surveys/shared/use-plan-catalog';
import { ChurnDashboard } from './churn-dashboard';
import { ChurnExportButton } from './churn-export-button';
import { ChurnFilters } from './churn-filters';
import { ChurnNotes } from './churn-notes';
import { churnReportFilter } from './churn-params';
import { useChurnParams } from './use-churn-params';

/**
 * 解約分析: KPIs of the period, churn by reason over time, tables by reason and by plan, the
 * cancellations' notes, and a CSV of the groups shown. Filters and grouping live in the URL.
 */
export function ChurnAnalysisPage() {
  const { t } = useTranslation();
  const [params, setParams] = useChurnParams();
  const plans = usePlanCatalog();
  const { data, previousData, loading, error, refetch } = useQuery(ChurnAnalysisDocument, {
    variables: { filter: churnReportFilter(params), timeGroupBy: params.timeGroupBy },
  });
  const current = data ?? previousData;
  const report = current?.byReason;
  const planGroups = [...(current?.byPlan.groups ?? [])].sort(
    (a, b) => plans.rank(a.key) - plans.rank(b.key),
  );
  const timeGroups = (current?.overTime.groups ?? []).map((g) => ({
    ...g,
    label: formatMonthKey(g.label),
  }));

  let body;
  if (!current && error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!current || !report) body = <LoadingState />;
  else
    body = (
      <ChurnDashboard
        report={report}
        reasonGroups={report.groups}
        planGroups={planGroups}
        timeGroups={timeGroups}
        params={params}
        onChange={setParams}
      />
    );

  const hasChurn = (report?.totalCustomersLost ?? 0) > 0;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={4}>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('churn.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('churn.subtitle')}</Typography.Text>
        </Flex>
        {report && hasChurn && (
          <ChurnExportButton
            from={report.from}
            to={report.to}
            sections={[
              { grouping: t(`churn.timeGroupBy.${params.timeGroupBy}`), groups: timeGroups },
              { grouping: t('churn.grouping.REASON'), groups: report.groups },
              { grouping: t('churn.grouping.PLAN'), groups: planGroups },
            ]}
          />
        )}
      </Flex>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <ChurnFilters value={params} onChange={setParams} />
        {report && (
          <Typography.Text strong className="kizuna-tabular" data-testid="churn-period">
            {t('churn.period', { from: formatIsoDate(report.from), to: formatIsoDate(report.to) })}
          </Typography.Text>
        )}
      </Flex>
      {/* Busy until the figures on screen are those of the URL's filters (tests wait on it). */}
      <div
        data-testid="churn-dashboard"
        aria-busy={loading || !data}
        data-group-by={params.timeGroupBy}
        data-plans={params.planCodes.join(',')}
      >
        <Spin spinning={loading && !!current} delay={200}>
          {body}
        </Spin>
      </div>
      {hasChurn && <ChurnNotes params={params} onChange={setParams} />}
    </Flex>
  );
}

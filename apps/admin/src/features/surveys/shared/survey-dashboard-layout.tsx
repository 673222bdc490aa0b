import type { SurveyKind } from '@kizuna/domain';
import { Col, Flex, Row, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { SurveyComments } from '../comments/survey-comments';
import { DashboardCard } from './dashboard-card';
import { SurveyFilters } from './survey-filters';
import type { SurveyParams } from './survey-params';

/**
 * A survey dashboard: filters, the figures (or their loading / error state) and the comments.
 * `children` are the figures, null until the report has loaded.
 */
export function SurveyDashboardLayout({
  kind,
  params,
  onChange,
  loading,
  fresh,
  error,
  onRetry,
  children,
}: {
  kind: SurveyKind;
  params: SurveyParams;
  onChange: (next: SurveyParams) => void;
  loading: boolean;
  /** The figures shown are those of the current filters, not the previous ones. */
  fresh: boolean;
  /** A failed load with nothing to show instead. */
  error: unknown;
  onRetry: () => void;
  children: ReactNode;
}) {
  let body;
  if (error) body = <ErrorState error={error} onRetry={onRetry} />;
  else if (children === null || children === undefined) body = <LoadingState />;
  else
    body = (
      <Spin spinning={loading} delay={200}>
        {children}
      </Spin>
    );

  return (
    <Flex vertical gap={16}>
      <SurveyFilters value={params} onChange={onChange} />
      {/* Busy until the figures on screen are those of the filters in the URL (tests wait on it). */}
      <div
        data-testid="survey-dashboard"
        data-kind={kind}
        aria-busy={loading || !fresh}
        data-plans={params.planCodes.join(',')}
      >
        {body}
      </div>
      <SurveyComments kind={kind} params={params} onChange={onChange} />
    </Flex>
  );
}

/** The four cards of a survey dashboard: headline, breakdown per group, monthly trend, distribution. */
export function SurveyDashboardGrid({
  groupBy,
  threshold,
  groupsEmpty,
  trendEmpty,
  responses,
  headline,
  groups,
  trend,
  distribution,
}: {
  groupBy: SurveyParams['groupBy'];
  threshold: number;
  groupsEmpty: boolean;
  trendEmpty: boolean;
  responses: number;
  headline: ReactNode;
  groups: ReactNode;
  trend: ReactNode;
  distribution: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        {headline}
      </Col>
      <Col xs={24} xl={14}>
        <DashboardCard
          title={t('surveys.groups.title', { groupBy: t(`surveys.groupBy.${groupBy}`) })}
          extra={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('surveys.groups.legendNote', { threshold })}
            </Typography.Text>
          }
          empty={groupsEmpty}
          emptyText={t('surveys.groups.empty')}
        >
          {groups}
        </DashboardCard>
      </Col>
      <Col xs={24} xl={14}>
        <DashboardCard
          title={t('surveys.trend.title')}
          extra={
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('surveys.trend.smallSampleNote', { threshold })}
            </Typography.Text>
          }
          empty={trendEmpty}
          emptyText={t('surveys.trend.empty')}
        >
          {trend}
        </DashboardCard>
      </Col>
      <Col xs={24} xl={10}>
        <DashboardCard
          title={t('surveys.distribution.title')}
          empty={responses === 0}
          emptyText={t('surveys.headline.noData')}
        >
          {distribution}
        </DashboardCard>
      </Col>
    </Row>
  );
}

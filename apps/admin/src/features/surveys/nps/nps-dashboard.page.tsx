import { useQuery } from '@apollo/client/react';
import { npsCategory } from '@kizuna/domain';
import { Col, Flex, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NpsDashboardDocument } from '../../../gql/graphql';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { SurveyComments } from '../comments/survey-comments';
import { DashboardCard } from '../shared/dashboard-card';
import { DistributionChart } from '../shared/distribution-chart';
import { GroupBars } from '../shared/group-bars';
import { HeadlineCard } from '../shared/headline-card';
import { SURVEY_COLORS } from '../shared/survey-colors';
import {
  formatCount,
  formatNpsMargin,
  formatNpsScore,
  trendSeries,
} from '../shared/survey-figures';
import { SurveyFilters } from '../shared/survey-filters';
import { reportFilter } from '../shared/survey-params';
import { TrendChart } from '../shared/trend-chart';
import { useGroupKeys } from '../shared/use-group-keys';
import { useSurveyParams } from '../shared/use-survey-params';

const NPS_ZONES: [number, string][] = [
  [0.5, SURVEY_COLORS.bad],
  [0.65, SURVEY_COLORS.neutral],
  [1, SURVEY_COLORS.good],
];
const CATEGORY_COLORS = {
  DETRACTOR: SURVEY_COLORS.bad,
  PASSIVE: SURVEY_COLORS.neutral,
  PROMOTER: SURVEY_COLORS.good,
} as const;

/** NPS dashboard: headline, breakdown per group, monthly trend with its band, distribution, comments. */
export function NpsDashboardPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSurveyParams();
  const groupKeys = useGroupKeys(params.groupBy);
  const { data, previousData, loading, error, refetch } = useQuery(NpsDashboardDocument, {
    variables: { filter: reportFilter(params), groupBy: params.groupBy },
  });
  const current = data ?? previousData;
  const report = current?.report;
  const threshold = report?.smallSampleThreshold ?? 30;

  let body;
  if (error && !current) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!report || !current) body = <LoadingState />;
  else
    body = (
      <Spin spinning={loading} delay={200}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={10}>
            <HeadlineCard
              figures={{
                title: t('surveys.headline.NPS'),
                gaugeValue: report.score,
                gaugeMin: -100,
                gaugeMax: 100,
                zones: NPS_ZONES,
                scoreText: formatNpsScore(report.score),
                marginText: formatNpsMargin(report.marginOfError),
                responses: report.responses,
                smallSample: report.smallSample,
                smallSampleThreshold: threshold,
                extra: (
                  <Flex vertical gap={4} data-testid="nps-categories">
                    {(['PROMOTER', 'PASSIVE', 'DETRACTOR'] as const).map((c) => (
                      <Typography.Text key={c} className="kizuna-tabular">
                        <span style={{ color: CATEGORY_COLORS[c] }}>■</span>{' '}
                        {t(`surveys.categories.${c}`)}{' '}
                        {formatCount(
                          c === 'PROMOTER'
                            ? report.promoters
                            : c === 'PASSIVE'
                              ? report.passives
                              : report.detractors,
                        )}
                      </Typography.Text>
                    ))}
                  </Flex>
                ),
              }}
            />
          </Col>
          <Col xs={24} xl={14}>
            <DashboardCard
              title={t('surveys.groups.title', { groupBy: t(`surveys.groupBy.${params.groupBy}`) })}
              extra={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('surveys.groups.legendNote', { threshold })}
                </Typography.Text>
              }
              empty={report.groups.length === 0}
              emptyText={t('surveys.groups.empty')}
            >
              <GroupBars
                segments={[
                  { name: t('surveys.categories.DETRACTOR'), color: CATEGORY_COLORS.DETRACTOR },
                  { name: t('surveys.categories.PASSIVE'), color: CATEGORY_COLORS.PASSIVE },
                  { name: t('surveys.categories.PROMOTER'), color: CATEGORY_COLORS.PROMOTER },
                ]}
                groups={groupKeys.sort(report.groups).map((g) => ({
                  label: groupKeys.label(g.key),
                  scoreText: formatNpsScore(g.score),
                  responses: g.responses,
                  smallSample: g.smallSample,
                  counts: [g.detractors, g.passives, g.promoters],
                }))}
              />
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
              empty={current.trend.groups.length === 0}
              emptyText={t('surveys.trend.empty')}
            >
              <TrendChart
                name={t('surveys.headline.NPS')}
                min={-100}
                max={100}
                format={formatNpsScore}
                series={trendSeries(
                  current.trend.groups.map((g) => ({
                    key: g.key,
                    value: g.score,
                    margin: g.marginOfError,
                    responses: g.responses,
                    smallSample: g.smallSample,
                  })),
                  { min: -100, max: 100 },
                )}
              />
            </DashboardCard>
          </Col>
          <Col xs={24} xl={10}>
            <DashboardCard
              title={t('surveys.distribution.title')}
              empty={report.responses === 0}
              emptyText={t('surveys.headline.noData')}
            >
              <DistributionChart
                distribution={report.distribution}
                colorOf={(score) => CATEGORY_COLORS[npsCategory(score)]}
              />
            </DashboardCard>
          </Col>
        </Row>
      </Spin>
    );

  return (
    <Flex vertical gap={16}>
      <SurveyFilters value={params} onChange={setParams} />
      {/* Busy until the figures on screen are those of the filters in the URL (tests wait on it). */}
      <div
        data-testid="survey-dashboard"
        data-kind="NPS"
        aria-busy={loading || !data}
        data-plans={params.planCodes.join(',')}
      >
        {body}
      </div>
      <SurveyComments kind="NPS" params={params} onChange={setParams} />
    </Flex>
  );
}

import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { CES_EASY_FROM, CSAT_SATISFIED_FROM } from '@kizuna/domain';
import { Col, Flex, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CesDashboardDocument,
  CsatDashboardDocument,
  type CsatDashboardQuery,
  type CsatDashboardQueryVariables,
} from '../../../gql/graphql';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { SurveyComments } from '../comments/survey-comments';
import { DashboardCard } from '../shared/dashboard-card';
import { DistributionChart } from '../shared/distribution-chart';
import { GroupBars } from '../shared/group-bars';
import { HeadlineCard } from '../shared/headline-card';
import { SURVEY_COLORS } from '../shared/survey-colors';
import { formatMean, formatShare, formatShareMargin, trendSeries } from '../shared/survey-figures';
import { SurveyFilters } from '../shared/survey-filters';
import { reportFilter } from '../shared/survey-params';
import { TrendChart } from '../shared/trend-chart';
import { useGroupKeys } from '../shared/use-group-keys';
import { useSurveyParams } from '../shared/use-survey-params';

export type ShareKind = 'CSAT' | 'CES';

/** CSAT and CES reports have the same shape: one dashboard serves both. */
const DOCUMENTS: Record<
  ShareKind,
  TypedDocumentNode<CsatDashboardQuery, CsatDashboardQueryVariables>
> = {
  CSAT: CsatDashboardDocument,
  CES: CesDashboardDocument,
};
const GOOD_FROM: Record<ShareKind, number> = { CSAT: CSAT_SATISFIED_FROM, CES: CES_EASY_FROM };
const SHARE_ZONES: [number, string][] = [
  [0.6, SURVEY_COLORS.bad],
  [0.8, SURVEY_COLORS.neutral],
  [1, SURVEY_COLORS.good],
];
const percent = (share: number | null) => (share === null ? null : share * 100);

/** CSAT (share of 4–5) or CES (share of 5–7): the NPS dashboard's layout with share figures. */
export function ShareDashboardPage({ kind }: { kind: ShareKind }) {
  const { t } = useTranslation();
  const [params, setParams] = useSurveyParams();
  const groupKeys = useGroupKeys(params.groupBy);
  const { data, previousData, loading, error, refetch } = useQuery(DOCUMENTS[kind], {
    variables: { filter: reportFilter(params), groupBy: params.groupBy },
  });
  const current = data ?? previousData;
  const report = current?.report;
  const threshold = report?.smallSampleThreshold ?? 30;
  const goodFrom = GOOD_FROM[kind];
  const formatPercent = (v: number) => formatShare(v / 100);

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
                title: t(`surveys.headline.${kind}`),
                gaugeValue: percent(report.share),
                gaugeMin: 0,
                gaugeMax: 100,
                zones: SHARE_ZONES,
                scoreText: formatShare(report.share),
                marginText: formatShareMargin(report.marginOfError),
                responses: report.responses,
                smallSample: report.smallSample,
                smallSampleThreshold: threshold,
                extra: (
                  <Typography.Text className="kizuna-tabular" data-testid="survey-mean">
                    {t('surveys.headline.mean', { mean: formatMean(report.mean) })}
                  </Typography.Text>
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
                  { name: t(`surveys.share.rest.${kind}`), color: SURVEY_COLORS.neutral },
                  { name: t(`surveys.share.good.${kind}`), color: SURVEY_COLORS.good },
                ]}
                groups={groupKeys.sort(report.groups).map((g) => {
                  // The API gives the share rounded to three decimals: counts from it are exact enough for a 100 % bar.
                  const good = Math.round((g.share ?? 0) * g.responses);
                  return {
                    label: groupKeys.label(g.key),
                    scoreText: formatShare(g.share),
                    responses: g.responses,
                    smallSample: g.smallSample,
                    counts: [g.responses - good, good],
                  };
                })}
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
                name={t(`surveys.headline.${kind}`)}
                min={0}
                max={100}
                format={formatPercent}
                series={trendSeries(
                  current.trend.groups.map((g) => ({
                    key: g.key,
                    value: percent(g.share),
                    margin: percent(g.marginOfError),
                    responses: g.responses,
                    smallSample: g.smallSample,
                  })),
                  { min: 0, max: 100 },
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
                colorOf={(score) =>
                  score >= goodFrom ? SURVEY_COLORS.good : SURVEY_COLORS.neutral
                }
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
        data-kind={kind}
        aria-busy={loading || !data}
        data-plans={params.planCodes.join(',')}
      >
        {body}
      </div>
      <SurveyComments kind={kind} params={params} onChange={setParams} />
    </Flex>
  );
}

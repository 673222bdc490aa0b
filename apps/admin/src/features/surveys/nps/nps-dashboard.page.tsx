import { useQuery } from '@apollo/client/react';
import { npsCategory } from '@kizuna/domain';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { NpsDashboardDocument } from '../../../gql/graphql';
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
import { SurveyDashboardGrid, SurveyDashboardLayout } from '../shared/survey-dashboard-layout';
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

  return (
    <SurveyDashboardLayout
      kind="NPS"
      params={params}
      onChange={setParams}
      loading={loading}
      fresh={!!data}
      error={!current && error}
      onRetry={() => void refetch()}
    >
      {report && current && (
        <SurveyDashboardGrid
          groupBy={params.groupBy}
          threshold={threshold}
          groupsEmpty={report.groups.length === 0}
          trendEmpty={current.trend.groups.length === 0}
          responses={report.responses}
          headline={
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
          }
          groups={
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
          }
          trend={
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
          }
          distribution={
            <DistributionChart
              distribution={report.distribution}
              colorOf={(score) => CATEGORY_COLORS[npsCategory(score)]}
            />
          }
        />
      )}
    </SurveyDashboardLayout>
  );
}

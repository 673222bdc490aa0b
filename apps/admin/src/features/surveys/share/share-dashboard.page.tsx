import type { TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { CES_EASY_FROM, CSAT_SATISFIED_FROM } from '@kizuna/domain';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CesDashboardDocument,
  CsatDashboardDocument,
  type CsatDashboardQuery,
  type CsatDashboardQueryVariables,
} from '../../../gql/graphql';
import { DistributionChart } from '../shared/distribution-chart';
import { GroupBars } from '../shared/group-bars';
import { HeadlineCard } from '../shared/headline-card';
import { SURVEY_COLORS } from '../shared/survey-colors';
import { formatMean, formatShare, formatShareMargin, trendSeries } from '../shared/survey-figures';
import { SurveyDashboardGrid, SurveyDashboardLayout } from '../shared/survey-dashboard-layout';
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

  return (
    <SurveyDashboardLayout
      kind={kind}
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
          }
          groups={
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
          }
          trend={
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
          }
          distribution={
            <DistributionChart
              distribution={report.distribution}
              colorOf={(score) => (score >= goodFrom ? SURVEY_COLORS.good : SURVEY_COLORS.neutral)}
            />
          }
        />
      )}
    </SurveyDashboardLayout>
  );
}

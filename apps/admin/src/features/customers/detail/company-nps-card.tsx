import { useQuery } from '@apollo/client/react';
import { LockOutlined } from '@ant-design/icons';
import { SMALL_SAMPLE_THRESHOLD } from '@kizuna/domain';
import ReactECharts from 'echarts-for-react';
import { Alert, Card, Divider, Empty, Flex, Statistic, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CustomerSurveyCommentsDocument, type CompanyNpsCardFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/dates';
import { LinkButton } from '../../../shared/link-button';
import { PersonalDataTag } from '../../../shared/personal-data-tag';
import { ScoreTag } from '../../surveys/comments/score-tag';
import { CompactList } from './compact-list';

const BAND_COLORS = { PROMOTER: 'green', PASSIVE: 'default', DETRACTOR: 'red', NO_NPS: 'default' };
const COMMENTS_SHOWN = 5;

type Month = CompanyNpsCardFragment['healthHistory'][number];

/** +20.0 / −5.0 / 0.0: NPS with its sign. */
export const signedNps = (nps: number) => `${nps > 0 ? '+' : ''}${nps.toFixed(1)}`;

/** YYYY-MM → YYYY/MM. */
const month = (m: string) => m.replace('-', '/');

/** A line of the months with an NPS (months without one leave a gap, not a zero). */
function trendOption(months: readonly Month[]) {
  return {
    animation: false,
    grid: { left: 36, right: 8, top: 8, bottom: 24 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months.map((m) => month(m.month)) },
    yAxis: { type: 'value', min: -100, max: 100, interval: 50 },
    series: [
      {
        type: 'line',
        connectNulls: false,
        data: months.map((m) => (m.nps === null || m.nps === undefined ? null : m.nps)),
        lineStyle: { width: 2, color: '#1677ff' },
      },
    ],
  };
}

function CompanyComments({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(CustomerSurveyCommentsDocument, {
    variables: { filter: { customerIds: [customerId] }, first: COMMENTS_SHOWN },
  });
  const connection = data?.surveyComments;
  if (error && !connection) return <Alert type="warning" showIcon title={t('common.loadError')} />;
  if (!connection) return null;
  const answers = connection.edges.map((e) => e.node);
  // Names and e-mails reach only roles that may see personal data; the API masks the rest.
  const showsPersonalData = answers.some((a) => a.respondent?.name || a.respondent?.email);
  const masked = answers.some((a) => a.maskedPersonalData.length > 0);
  // The survey dashboard narrowed to this company: NPS, the company-level measure, unless the
  // company answered only other kinds.
  const first = answers[0];
  const kind = !first || answers.some((a) => a.survey.kind === 'NPS') ? 'NPS' : first.survey.kind;
  const filter = new URLSearchParams({ customer: customerId }).toString();
  return (
    <section aria-label={t('customer360.nps.comments')} data-testid="company-comments">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>{t('customer360.nps.comments')}</Typography.Text>
        <Flex gap={8} align="center">
          {showsPersonalData && <PersonalDataTag />}
          {connection.totalCount > 0 && (
            <LinkButton to={`/surveys/${kind.toLowerCase()}?${filter}`} size="small">
              {t('customer360.trail.all', { count: connection.totalCount })}
            </LinkButton>
          )}
        </Flex>
      </Flex>
      {answers.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('customer360.nps.commentsEmpty')}
        />
      ) : (
        <>
          {masked && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <LockOutlined aria-hidden /> {t('customer360.nps.commentsMasked')}
            </Typography.Text>
          )}
          <CompactList
            items={answers}
            itemKey={(a) => a.id}
            itemProps={() => ({ 'data-testid': 'company-comment' })}
            renderItem={(a) => (
              <>
                <Flex vertical gap={2} style={{ width: '100%' }}>
                  <Flex gap={8} wrap align="center">
                    <ScoreTag
                      kind={a.survey.kind}
                      score={a.score}
                      category={a.npsCategory ?? null}
                    />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {a.survey.title} · {formatDate(a.answeredAt)}
                      {a.respondent?.name && ` · ${a.respondent.name}`}
                    </Typography.Text>
                  </Flex>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{a.comment}</Typography.Text>
                </Flex>
              </>
            )}
          />
          {connection.totalCount > answers.length && (
            <Typography.Text type="secondary">
              {t('customer360.nps.moreComments', { count: connection.totalCount - answers.length })}
            </Typography.Text>
          )}
        </>
      )}
    </section>
  );
}

/**
 * The company's NPS from its respondents (with how many: a few people are not the company), its
 * monthly trend over a year, and what the company said in surveys — masked by the API for roles
 * that may not see personal data. "No data" where there is none, never a zero.
 */
export function CompanyNpsCard({ customer }: { customer: CompanyNpsCardFragment }) {
  const { t } = useTranslation();
  const nps = customer.companyNps;
  const months = customer.healthHistory;
  const hasTrend = months.some((m) => m.nps !== null && m.nps !== undefined);
  return (
    <Card title={t('customer360.nps.title')} data-testid="company-nps">
      <Flex vertical gap={12}>
        {!nps || nps.score === null || nps.score === undefined ? (
          <Typography.Text type="secondary" data-testid="company-nps-none">
            {t('customer360.nps.noData')}
          </Typography.Text>
        ) : (
          <Flex align="center" gap={16} wrap>
            <div data-testid="company-nps-score">
              <Statistic title={t('customer360.nps.title')} value={signedNps(nps.score)} />
            </div>
            <Tag color={BAND_COLORS[nps.band]} data-testid="company-nps-band">
              {t(`customer360.nps.band.${nps.band}`)}
            </Tag>
            <Typography.Text data-testid="company-nps-respondents">
              {t('customer360.nps.respondents', { count: nps.respondents })}
            </Typography.Text>
          </Flex>
        )}
        {nps && nps.score !== null && nps.respondents < SMALL_SAMPLE_THRESHOLD && (
          <Typography.Text type="warning" data-testid="company-nps-few">
            {t('customer360.nps.fewRespondents', { count: nps.respondents })}
          </Typography.Text>
        )}
        <Typography.Text strong>{t('customer360.nps.trend')}</Typography.Text>
        {hasTrend ? (
          <div
            role="img"
            // The chart's figures in words, for those who do not see it.
            aria-label={`${t('customer360.nps.trendChart')}: ${months
              .flatMap((m) =>
                typeof m.nps === 'number' ? [`${month(m.month)} ${signedNps(m.nps)}`] : [],
              )
              .join(', ')}`}
            data-testid="company-nps-trend"
          >
            <ReactECharts
              style={{ height: 140 }}
              opts={{ renderer: 'svg' }}
              notMerge
              option={trendOption(months)}
            />
          </div>
        ) : (
          <Typography.Text type="secondary" data-testid="company-nps-trend-none">
            {t('customer360.nps.trendNoData')}
          </Typography.Text>
        )}
        <Divider style={{ margin: '4px 0' }} />
        <CompanyComments customerId={customer.id} />
      </Flex>
    </Card>
  );
}

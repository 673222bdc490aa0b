import { QuestionCircleOutlined } from '@ant-design/icons';
import { formatYen } from '@kizuna/domain';
import { Card, Col, Flex, Grid, Row, Statistic, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../shared/dates';
import { formatShare } from '../surveys/shared/survey-figures';
import { type EconomicsPeriod, ltvGapOf } from './economics-figures';
import { EconomicsInProgressTag, EconomicsSmallSampleTag } from './economics-small-sample-tag';

const DASH = '—';
const yen = (v: number | null | undefined) => (v === null || v === undefined ? DASH : formatYen(v));

/** One figure: its name (with how it is computed on hover), value, denominator and marks. */
function KpiCard({
  testId,
  title,
  help,
  value,
  detail,
  marks,
  muted,
}: {
  testId: string;
  title: string;
  help?: string;
  value: string;
  detail: ReactNode;
  marks?: ReactNode;
  /** A value to read as a hint (small sample) or that cannot be computed. */
  muted?: boolean;
}) {
  // Two cards a row on a phone too: smaller figures so that ￥61,257,600 fits half of 390 px.
  const phone = !Grid.useBreakpoint().sm;
  return (
    <Col xs={12} xl={6}>
      <Card size="small" style={{ height: '100%' }} data-testid={testId}>
        <Flex vertical gap={4}>
          <Statistic
            title={
              help ? (
                <Tooltip title={help}>
                  <span>
                    {title} <QuestionCircleOutlined aria-label={help} />
                  </span>
                </Tooltip>
              ) : (
                title
              )
            }
            value={value}
            styles={{
              content: {
                fontVariantNumeric: 'tabular-nums',
                fontSize: phone ? 18 : undefined,
                color: muted ? '#8c8c8c' : undefined,
              },
            }}
          />
          <Flex gap={8} align="center" wrap>
            <Typography.Text
              type="secondary"
              style={{ fontSize: 12 }}
              data-testid={`${testId}-detail`}
            >
              {detail}
            </Typography.Text>
            {marks}
          </Flex>
        </Flex>
      </Card>
    </Col>
  );
}

/**
 * The latest period's figures, each with its denominator: MRR, ARR, NRR, GRR, ARPA, trial
 * conversion, MRR churn rate (churned MRR ÷ start MRR, not the logo rate) and LTV.
 */
export function EconomicsKpis({ period: p }: { period: EconomicsPeriod }) {
  const { t } = useTranslation();
  const startMrr = formatYen(p.startMrr);
  const ltvGap = ltvGapOf(p);
  const retentionMark = p.smallRetentionSample && p.startMrr > 0 && (
    <EconomicsSmallSampleTag kind="retention" />
  );
  return (
    <Flex vertical gap={8} data-testid="economics-kpis">
      <Flex gap={8} align="center" wrap>
        <Typography.Text strong data-testid="economics-kpi-period">
          {t('economics.kpi.heading', {
            label: p.label,
            from: formatIsoDate(p.from),
            to: formatIsoDate(p.to),
          })}
        </Typography.Text>
        {p.inProgress && <EconomicsInProgressTag to={p.to} />}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('economics.taxNote')}
        </Typography.Text>
      </Flex>
      <Row gutter={[12, 12]}>
        <KpiCard
          testId="economics-kpi-mrr"
          title={t('economics.kpi.mrr')}
          value={formatYen(p.mrr)}
          detail={t('economics.kpi.mrrDetail', { count: p.customersActive })}
        />
        <KpiCard
          testId="economics-kpi-arr"
          title={t('economics.kpi.arr')}
          value={formatYen(p.arr)}
          detail={t('economics.kpi.arrDetail')}
        />
        <KpiCard
          testId="economics-kpi-nrr"
          title={t('economics.kpi.nrr')}
          help={t('economics.kpi.nrrHelp')}
          value={formatShare(p.nrr)}
          muted={p.smallRetentionSample}
          detail={t('economics.kpi.nrrDetail', { startMrr })}
          marks={retentionMark}
        />
        <KpiCard
          testId="economics-kpi-grr"
          title={t('economics.kpi.grr')}
          help={t('economics.kpi.grrHelp')}
          value={formatShare(p.grr)}
          muted={p.smallRetentionSample}
          detail={t('economics.kpi.grrDetail', { startMrr })}
          marks={retentionMark}
        />
        <KpiCard
          testId="economics-kpi-arpa"
          title={t('economics.kpi.arpa')}
          value={yen(p.arpa)}
          detail={t('economics.kpi.arpaDetail', { count: p.customersActive })}
        />
        <KpiCard
          testId="economics-kpi-trial"
          title={t('economics.kpi.trialConversion')}
          help={t('economics.kpi.trialConversionHelp')}
          value={formatShare(p.trialConversionRate)}
          muted={p.smallTrialSample}
          detail={t('economics.kpi.trialConversionDetail', {
            converted: p.trialsConverted,
            ended: p.trialsEnded,
          })}
          marks={
            p.smallTrialSample && p.trialsEnded > 0 && <EconomicsSmallSampleTag kind="trial" />
          }
        />
        <KpiCard
          testId="economics-kpi-churn"
          title={t('economics.kpi.churnRate')}
          help={t('economics.kpi.churnRateHelp')}
          value={formatShare(p.mrrChurnRate)}
          muted={p.smallRetentionSample}
          detail={t('economics.kpi.churnRateDetail', {
            churned: formatYen(p.churnedMrr),
            startMrr,
          })}
          marks={retentionMark}
        />
        <KpiCard
          testId="economics-kpi-ltv"
          title={t('economics.kpi.ltv')}
          help={t('economics.kpi.ltvHelp')}
          value={ltvGap ? t('economics.kpi.ltvNone') : yen(p.ltv)}
          muted={ltvGap !== null || p.smallRetentionSample}
          detail={
            ltvGap ? (
              <>
                {t('economics.kpi.ltvDetail')}
                <br />
                {t(`economics.kpi.ltvGap.${ltvGap}`)}
              </>
            ) : (
              t('economics.kpi.ltvDetail')
            )
          }
          marks={retentionMark}
        />
      </Row>
    </Flex>
  );
}

import { HEALTH_BAND_LABELS, healthBand } from '@kizuna/domain';
import { Card, Empty, Flex, Statistic, Tag, Tooltip, Typography } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomerSuccessQuery } from '../../gql/graphql';
import { pick } from '../../i18n/language';
import { sharePercent } from './customer-success-figures';
import { SmallSampleTag } from './small-sample-tag';

type Summary = CustomerSuccessQuery['customerHealthSummary'];

export const BAND_COLORS = { GOOD: 'green', WATCH: 'gold', AT_RISK: 'red' } as const;
const BAR_COLORS = { GOOD: '#389e0d', WATCH: '#d48806', AT_RISK: '#cf1322' } as const;
const BUCKET_POINTS = 10;
const HISTOGRAM: CSSProperties = {
  display: 'flex',
  alignItems: 'flex-end',
  gap: 4,
  listStyle: 'none',
  margin: '8px 0 0',
  padding: 0,
  maxWidth: 560,
};
const BUCKET: CSSProperties = {
  flex: 1,
  display: 'flex',
  flexDirection: 'column',
  alignItems: 'center',
  justifyContent: 'flex-end',
  gap: 2,
  minHeight: 140,
};

/** Customers per band (with shares) and a histogram of their scores in 10-point buckets. */
export function HealthDistribution({
  summary,
  thresholds,
}: {
  summary: Summary;
  /** Where the bands start (HealthSettings), to colour the histogram's buckets. */
  thresholds: { goodAtLeast: number; watchAtLeast: number } | null;
}) {
  const { t, i18n } = useTranslation();
  const scored = summary.bands.reduce((sum, b) => sum + b.customers, 0);
  const peak = Math.max(1, ...summary.scoreHistogram.map((b) => b.customers));
  // A bucket takes the colour of the band its lowest score falls in.
  const bandOf = (from: number) => (thresholds ? healthBand(from, thresholds) : 'WATCH');
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <span>{t('customerSuccess.distribution.title')}</span>
          <SmallSampleTag customers={scored} />
        </Flex>
      }
      data-testid="health-distribution"
    >
      <Flex vertical gap={16}>
        <section aria-label={t('customerSuccess.distribution.bands')}>
          <Flex gap={24} wrap align="end">
            {summary.bands.map((b) => (
              <div key={b.band} data-testid={`band-${b.band}`}>
                <Statistic
                  title={
                    <Tag color={BAND_COLORS[b.band]}>
                      {pick(HEALTH_BAND_LABELS[b.band], i18n.language)}
                    </Tag>
                  }
                  value={b.customers}
                  suffix={
                    <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                      {t('customerSuccess.distribution.share', {
                        share: sharePercent(b.customers, scored),
                      })}
                    </Typography.Text>
                  }
                />
              </div>
            ))}
            <Tooltip title={t('customerSuccess.distribution.unscoredHelp')}>
              <Typography.Text type="secondary" data-testid="unscored" tabIndex={0}>
                {t('customerSuccess.distribution.unscored', { count: summary.unscored })}
              </Typography.Text>
            </Tooltip>
          </Flex>
        </section>
        {scored === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('customerSuccess.distribution.empty')}
          />
        ) : (
          <figure style={{ margin: 0 }}>
            <figcaption>
              <Typography.Text strong>
                {t('customerSuccess.distribution.histogram')}
              </Typography.Text>
            </figcaption>
            <ul style={HISTOGRAM} data-testid="score-histogram">
              {summary.scoreHistogram.map((b) => {
                const range = t('customerSuccess.distribution.bucket', {
                  from: b.from,
                  to: b.from + BUCKET_POINTS === 100 ? 100 : b.from + BUCKET_POINTS - 1,
                });
                const label = t('customerSuccess.distribution.bucketCount', {
                  range,
                  count: b.customers,
                });
                return (
                  <li key={b.from} aria-label={label} title={label} style={BUCKET}>
                    <span className="kizuna-tabular" style={{ fontSize: 12 }}>
                      {b.customers}
                    </span>
                    <span
                      style={{
                        width: '100%',
                        height: `${Math.round((b.customers / peak) * 100)}px`,
                        minHeight: b.customers > 0 ? 2 : 0,
                        background: BAR_COLORS[bandOf(b.from)],
                        borderRadius: '2px 2px 0 0',
                      }}
                    />
                    <span className="kizuna-tabular" style={{ fontSize: 12 }}>
                      {b.from}
                    </span>
                  </li>
                );
              })}
            </ul>
          </figure>
        )}
      </Flex>
    </Card>
  );
}

import ReactECharts from 'echarts-for-react';
import { Card, Col, Empty, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UsageCardFragment } from '../../../gql/graphql';
import { formatIsoDate } from '../../../shared/dates';
import { usageSparklineOption, usageSummary } from './usage-summary';

/**
 * The last 90 days of use: latest DAU, the 90-day peak and storage, over a sparkline of daily
 * active users; "no data" when the product reported nothing.
 */
export function UsageCard({ usage: days }: { usage: UsageCardFragment['usage'] }) {
  const { t, i18n } = useTranslation();
  const summary = usageSummary(days);
  const locale = i18n.language === 'en' ? 'en-US' : 'ja-JP';
  const number = (n: number) => n.toLocaleString(locale);
  return (
    <Card title={t('customerEconomics.usage.title')} data-testid="usage">
      {!summary ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('customerEconomics.usage.empty')}
        />
      ) : (
        <>
          <Row gutter={[16, 8]}>
            <Col xs={12} sm={8}>
              <Statistic
                title={t('customerEconomics.usage.latestDau')}
                value={summary.latest.activeUsers}
                formatter={(v) => number(Number(v))}
                data-testid="usage-latest-dau"
              />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('customerEconomics.usage.latestOn', {
                  date: formatIsoDate(summary.latest.date),
                })}
              </Typography.Text>
            </Col>
            <Col xs={12} sm={8}>
              <Statistic
                title={t('customerEconomics.usage.peakDau')}
                value={summary.peakDau}
                formatter={(v) => number(Number(v))}
                data-testid="usage-peak-dau"
              />
            </Col>
            <Col xs={12} sm={8}>
              <Statistic
                title={t('customerEconomics.usage.storage')}
                value={summary.latest.storageGb}
                // Storage is reported to the MB; a tenth of a GB is enough to read.
                formatter={(v) => Number(v).toLocaleString(locale, { maximumFractionDigits: 1 })}
                suffix="GB"
                data-testid="usage-storage"
              />
            </Col>
          </Row>
          <div
            role="img"
            aria-label={t('customerEconomics.usage.sparkline')}
            data-testid="usage-sparkline"
            style={{ marginTop: 12 }}
          >
            <ReactECharts
              style={{ height: 72 }}
              opts={{ renderer: 'svg' }}
              notMerge
              option={usageSparklineOption(
                days,
                (d) =>
                  `${formatIsoDate(d.date) ?? d.date}: ${t('customerEconomics.usage.users', { count: d.activeUsers })}`,
              )}
            />
          </div>
        </>
      )}
    </Card>
  );
}

import { HEALTH_BAND_LABELS } from '@kizuna/domain';
import { Card, Empty, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HealthCardFragment } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { formatDateTime } from '../../../shared/dates';

type Component = NonNullable<HealthCardFragment['health']>['components'][number];

const BAND_COLORS = { GOOD: 'green', WATCH: 'gold', AT_RISK: 'red' } as const;

/**
 * The customer's health score and why: each signal's value, its weight after missing signals
 * are redistributed, and its contribution — the contributions add up to the score.
 */
export function HealthCard({ customer }: { customer: HealthCardFragment }) {
  const { t, i18n } = useTranslation();
  const health = customer.health;
  return (
    <Card title={t('customers.health.title')} data-testid="health">
      {!health ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('customers.health.none')} />
      ) : (
        <Flex vertical gap={12}>
          <Flex align="center" gap={16} wrap>
            <div data-testid="health-score">
              <Statistic
                title={t('customers.health.score')}
                value={health.score ?? '—'}
                precision={health.score === null ? undefined : 1}
              />
            </div>
            {health.band && (
              <Tag color={BAND_COLORS[health.band]} data-testid="health-band">
                {pick(HEALTH_BAND_LABELS[health.band], i18n.language)}
              </Tag>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('customers.health.computedAt', { at: formatDateTime(health.computedAt) })}
            </Typography.Text>
          </Flex>
          <Table<Component>
            size="small"
            rowKey="key"
            pagination={false}
            scroll={{ x: true }}
            dataSource={health.components}
            columns={[
              {
                title: t('customers.health.signal'),
                dataIndex: 'label',
                render: (label: string, c) => (
                  <>
                    <Typography.Text strong={!c.missing} type={c.missing ? 'secondary' : undefined}>
                      {label}
                    </Typography.Text>
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {c.explanation}
                    </Typography.Text>
                  </>
                ),
              },
              {
                title: t('customers.health.value'),
                dataIndex: 'value',
                align: 'right',
                render: (v: number | null) =>
                  v === null ? t('customers.health.noData') : v.toFixed(1),
              },
              {
                title: t('customers.health.weight'),
                dataIndex: 'effectiveWeight',
                align: 'right',
                render: (w: number, c) => (c.missing ? '—' : `${(w * 100).toFixed(1)} %`),
              },
              {
                title: t('customers.health.contribution'),
                dataIndex: 'contribution',
                align: 'right',
                render: (v: number) => v.toFixed(1),
              },
            ]}
          />
        </Flex>
      )}
    </Card>
  );
}

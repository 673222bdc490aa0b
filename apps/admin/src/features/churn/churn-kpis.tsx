import { formatYen } from '@kizuna/domain';
import { Card, Col, Flex, Row, Statistic, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../shared/dates';
import { formatCount, formatShare } from '../surveys/shared/survey-figures';
import { ChurnSmallSampleTag } from './churn-small-sample-tag';

export interface ChurnKpiFigures {
  from: string;
  totalCustomersLost: number;
  totalMrrLost: number;
  logoChurnRate?: number | null;
  activeAtStart: number;
  smallSample: boolean;
}

/** Customers lost, MRR lost (税抜) and the logo churn rate of the whole period. */
export function ChurnKpis({ report }: { report: ChurnKpiFigures }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]} data-testid="churn-kpis">
      <Col xs={24} md={8}>
        <Card style={{ height: '100%' }} data-testid="churn-kpi-customers">
          <Statistic
            title={t('churn.kpi.customersLost')}
            value={formatCount(report.totalCustomersLost)}
            suffix={t('churn.kpi.customersLostUnit')}
            styles={{ content: { fontVariantNumeric: 'tabular-nums' } }}
          />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card style={{ height: '100%' }} data-testid="churn-kpi-mrr">
          <Tooltip title={t('churn.kpi.mrrLostHelp')}>
            <Statistic
              title={t('churn.kpi.mrrLost')}
              value={formatYen(report.totalMrrLost)}
              styles={{ content: { fontVariantNumeric: 'tabular-nums' } }}
            />
          </Tooltip>
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card style={{ height: '100%' }} data-testid="churn-kpi-rate">
          <Flex vertical gap={4}>
            <Tooltip title={t('churn.kpi.logoChurnRateHelp', { date: formatIsoDate(report.from) })}>
              <Statistic
                title={t('churn.kpi.logoChurnRate')}
                value={formatShare(report.logoChurnRate)}
                styles={{
                  content: {
                    fontVariantNumeric: 'tabular-nums',
                    color: report.smallSample ? '#8c8c8c' : undefined,
                  },
                }}
              />
            </Tooltip>
            <Flex gap={8} align="center" wrap>
              <Typography.Text type="secondary" data-testid="churn-kpi-active">
                {t('churn.kpi.activeAtStart', { count: report.activeAtStart })}
              </Typography.Text>
              {report.smallSample && <ChurnSmallSampleTag />}
            </Flex>
          </Flex>
        </Card>
      </Col>
    </Row>
  );
}

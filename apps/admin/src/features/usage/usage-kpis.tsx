import { Card, Col, Row, Statistic, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatShare } from '../surveys/shared/survey-figures';
import { formatGb, formatUsers, type UsageRow } from './usage-figures';

function Kpi({
  id,
  title,
  help,
  value,
  suffix,
}: {
  id: string;
  title: string;
  help: string;
  value: string;
  suffix?: ReactNode;
}) {
  return (
    <Card style={{ height: '100%' }} data-testid={`usage-kpi-${id}`}>
      <Tooltip title={help}>
        <Statistic
          title={title}
          value={value}
          suffix={suffix}
          styles={{ content: { fontVariantNumeric: 'tabular-nums' } }}
        />
      </Tooltip>
    </Card>
  );
}

/** The selection's customers, DAU, MAU, DAU/MAU and storage (sums over its plans). */
export function UsageKpis({ totals }: { totals: Omit<UsageRow, 'key' | 'label'> }) {
  const { t } = useTranslation();
  return (
    <Row gutter={[16, 16]} data-testid="usage-kpis">
      <Col xs={12} md={8} xl={5}>
        <Kpi
          id="customers"
          title={t('usage.kpi.customers')}
          help={t('usage.kpi.customers')}
          value={formatCount(totals.customers)}
          suffix={t('usage.kpi.customersUnit')}
        />
      </Col>
      <Col xs={12} md={8} xl={5}>
        <Kpi
          id="dau"
          title={t('usage.kpi.dau')}
          help={t('usage.kpi.dauHelp')}
          value={formatUsers(totals.dau)}
        />
      </Col>
      <Col xs={12} md={8} xl={5}>
        <Kpi
          id="mau"
          title={t('usage.kpi.mau')}
          help={t('usage.kpi.mauHelp')}
          value={formatUsers(totals.mau)}
        />
      </Col>
      <Col xs={12} md={12} xl={4}>
        <Kpi
          id="stickiness"
          title={t('usage.kpi.stickiness')}
          help={t('usage.kpi.stickinessHelp')}
          value={formatShare(totals.stickiness)}
        />
      </Col>
      <Col xs={24} md={12} xl={5}>
        <Kpi
          id="storage"
          title={t('usage.kpi.storage')}
          help={t('usage.kpi.storageHelp')}
          value={formatGb(totals.storageGb)}
        />
      </Col>
    </Row>
  );
}

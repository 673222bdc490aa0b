import { useQuery } from '@apollo/client/react';
import { SEGMENT_STAGES, type SegmentStage } from '@kizuna/domain';
import { Col, Flex, Result, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useViewer } from '../../app/auth/use-viewer';
import { CustomerSuccessDocument, type SegmentNpsBand } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../shared/page-states';
import { AtRiskList } from './at-risk-list';
import { SEGMENT_COLUMNS } from './customer-success-figures';
import { HealthDistribution } from './health-distribution';
import { SegmentCustomers } from './segment-customers';
import { SegmentMap, type SegmentKey } from './segment-map';
import { TouchModelSplit } from './touch-model-split';

/** The roles this page is for (the API lets every customers:read caller read the figures). */
export const CUSTOMER_SUCCESS_ROLES = ['ANALYST', 'ADMIN'] as const;

/** `?cell=TRIAL.NO_NPS` ↔ the selected cell; anything else selects none. */
function parseCell(value: string | null): SegmentKey | null {
  const [stage, npsBand] = (value ?? '').split('.');
  return SEGMENT_STAGES.includes(stage as SegmentStage) &&
    SEGMENT_COLUMNS.includes(npsBand as SegmentNpsBand)
    ? { stage: stage as SegmentStage, npsBand: npsBand as SegmentNpsBand }
    : null;
}

/**
 * 顧客の健全性 (analysts, admins): health distribution, the customers at risk, the 9-cell map with
 * the customers of the cell picked (kept in the URL), and the touch-model split. Company data
 * only, no personal data.
 */
export function CustomerSuccessPage() {
  const { t } = useTranslation();
  const { viewer, loading: viewerLoading, hasRole } = useViewer();
  const allowed = CUSTOMER_SUCCESS_ROLES.some((role) => hasRole(role));
  const [params, setParams] = useSearchParams();
  const cell = parseCell(params.get('cell'));
  const { data, error, refetch } = useQuery(CustomerSuccessDocument, { skip: !allowed });
  if (!viewer && viewerLoading) return <LoadingState />;
  if (!allowed) return <Result status="403" title={t('customerSuccess.notAllowed')} />;

  const select = (next: SegmentKey | null) =>
    setParams(
      (p) => {
        if (next) p.set('cell', `${next.stage}.${next.npsBand}`);
        else p.delete('cell');
        return p;
      },
      { replace: true },
    );

  let body;
  if (!data && error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!data) body = <LoadingState />;
  else
    body = (
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={14}>
            <HealthDistribution
              summary={data.customerHealthSummary}
              thresholds={data.healthSettings}
            />
          </Col>
          <Col xs={24} xl={10}>
            <TouchModelSplit counts={data.customerHealthSummary.touchModels} />
          </Col>
        </Row>
        <SegmentMap map={data.customerSegmentMap} selected={cell} onSelect={select} />
        {cell && (
          <SegmentCustomers
            key={`${cell.stage}.${cell.npsBand}`}
            cell={cell}
            onClose={() => select(null)}
          />
        )}
        <AtRiskList atRisk={data.atRisk} />
      </Flex>
    );

  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('customerSuccess.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('customerSuccess.subtitle')}</Typography.Text>
      </Flex>
      {body}
    </Flex>
  );
}

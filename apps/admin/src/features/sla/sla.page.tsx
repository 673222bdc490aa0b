import { useQuery } from '@apollo/client/react';
import { isoDateJst } from '@kizuna/domain';
import { App, Button, Card, Col, Flex, Row, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../app/auth/use-viewer';
import { SlaMonthDocument, SurveyFilterPlansDocument } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../shared/page-states';
import { formatMonthKey } from '../surveys/shared/survey-figures';
import { usePlanCatalog } from '../surveys/shared/use-plan-catalog';
import { RecordAvailabilityForm, type RecordedAvailability } from './record-availability-form';
import type { RecordAvailabilityValues } from './record-availability.serializer';
import { SlaCreditRequests } from './sla-credit-requests';
import { SlaCreditTiers } from './sla-credit-tiers';
import { SlaMonthPicker } from './sla-month-picker';
import { lastEndedMonth } from './sla-params';
import { SlaPlanTable } from './sla-plan-table';
import { useSlaParams } from './use-sla-params';

/**
 * SLA month view: every plan's target against what was measured, the credit step and the
 * credits of a breached month, the credit table, and the service credit requests; staff who
 * may record availability (sla:write) record a month from here. The month is in the URL.
 */
export function SlaPage({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useViewer();
  const [params, setParams] = useSlaParams(now);
  const plans = usePlanCatalog();
  const { data: catalog } = useQuery(SurveyFilterPlansDocument);
  const { data, previousData, loading, error, refetch } = useQuery(SlaMonthDocument, {
    variables: { month: params.month },
  });
  const [recording, setRecording] = useState<RecordAvailabilityValues | null>(null);
  const current = data ?? previousData;
  const canRecord = can('sla:write');

  const recorded = (r: RecordedAvailability) => {
    setRecording(null);
    const month = r.availability?.month ?? params.month;
    const lines = [
      t('sla.record.done', {
        month: formatMonthKey(month),
        plan: plans.name(r.availability?.planCode ?? ''),
      }),
      ...(r.creditRequestsRaised > 0
        ? [t('sla.record.requestsRaised', { count: r.creditRequestsRaised })]
        : []),
      ...(r.creditRequestsUpdated > 0
        ? [t('sla.record.requestsUpdated', { count: r.creditRequestsUpdated })]
        : []),
      ...(r.creditRequestsWithdrawn > 0
        ? [t('sla.record.requestsWithdrawn', { count: r.creditRequestsWithdrawn })]
        : []),
    ];
    void message.success(lines.join(' '));
    if (month !== params.month) setParams({ ...params, month });
  };
  const record = (planCode: string | null) =>
    setRecording({
      // This month cannot be recorded yet: the form starts on the last one that has ended.
      month: params.month < isoDateJst(now()).slice(0, 7) ? params.month : lastEndedMonth(now()),
      planCode,
      availabilityPercent: null,
      incidentNote: null,
    });

  let body;
  if (!current && error) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!current) body = <LoadingState />;
  else
    body = (
      <Row gutter={[16, 16]}>
        <Col xs={24} xxl={16}>
          <Card title={t('sla.plans.title')} style={{ height: '100%' }}>
            <SlaPlanTable
              plans={current.slaReport.plans}
              planName={plans.name}
              onRecord={canRecord ? record : undefined}
            />
          </Card>
        </Col>
        <Col xs={24} xxl={8}>
          <SlaCreditTiers tiers={current.slaCreditTiers} />
        </Col>
      </Row>
    );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <Flex vertical gap={4}>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {t('sla.title')}
          </Typography.Title>
          <Typography.Text type="secondary">{t('sla.subtitle')}</Typography.Text>
        </Flex>
        {canRecord && (
          <Button type="primary" onClick={() => record(null)} data-testid="sla-record">
            {t('sla.record.button')}
          </Button>
        )}
      </Flex>
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong>{t('sla.month')}</Typography.Text>
        <SlaMonthPicker
          aria-label={t('sla.month')}
          value={params.month}
          latest={isoDateJst(now()).slice(0, 7)}
          onChange={(month) => month && setParams({ ...params, month })}
        />
      </Flex>
      {/* Busy until the figures on screen are those of the URL's month (tests wait on it). */}
      <div data-testid="sla-month" aria-busy={loading || !data} data-month={params.month}>
        <Spin spinning={loading && !!current} delay={200}>
          {body}
        </Spin>
      </div>
      {can('provisioning:read') && (
        <SlaCreditRequests
          month={params.month}
          view={params.requests}
          onView={(requests) => setParams({ ...params, requests })}
          planName={plans.name}
        />
      )}
      {recording && (
        <RecordAvailabilityForm
          initialValues={recording}
          plans={catalog?.plans ?? []}
          onDone={recorded}
          onClose={() => setRecording(null)}
          now={now}
        />
      )}
    </Flex>
  );
}

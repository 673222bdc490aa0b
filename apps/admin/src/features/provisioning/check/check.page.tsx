import { EyeInvisibleOutlined, RollbackOutlined, StopOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Col, Descriptions, Flex, Result, Row, Space, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useViewer } from '../../../app/auth/use-viewer';
import { CheckRequestDocument } from '../../../gql/graphql';
import { formatDate } from '../../../shared/dates';
import { LinkButton } from '../../../shared/link-button';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { RequestHeader } from '../detail/request-header';
import { requestPath } from '../shared/request-kinds';
import { useRequestLabels } from '../shared/request-labels';
import { useProvisioningCatalog } from '../shared/use-catalog';
import { CheckForm, type CheckOutcome } from './check-form';
import { CheckResult } from './check-result';
import { type Decision, DecisionModal } from './decision-modal';
import { ServiceCreditCheckAid } from './service-credit-check-aid';

/**
 * The checker's screen: the customer's contract as it is now, the blind re-entry, and return /
 * reject with a reason. The comparison with the request appears only after the check.
 */
export function CheckPage() {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const { hasRole, loading: viewerLoading } = useViewer();
  const { data, loading, error, refetch } = useQuery(CheckRequestDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  const catalog = useProvisioningCatalog();
  const [outcome, setOutcome] = useState<CheckOutcome | null>(null);
  const [decision, setDecision] = useState<Decision | null>(null);

  if ((loading && !data) || (catalog.loading && !catalog.catalog) || viewerLoading)
    return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (catalog.error || !catalog.catalog)
    return <ErrorState error={catalog.error} onRetry={() => void catalog.refetch()} />;
  const request = data?.node?.__typename === 'ProvisioningRequest' ? data.node : null;
  if (!request) return <Result status="404" title={t('requests.detail.notFound')} />;

  const toRequest = <LinkButton to={requestPath(request.id)}>{t('check.showRequest')}</LinkButton>;
  const refusal = request.isMine
    ? t('check.ownRequest')
    : !hasRole('CHECKER')
      ? t('check.notChecker')
      : request.status !== 'PENDING_CHECK' && !outcome
        ? t('check.notPending', { status: labels.status(request.status) })
        : null;
  if (refusal) return <Result status="warning" title={refusal} extra={toRequest} />;

  const current = request.customer.subscription;
  return (
    <Flex vertical gap={16}>
      <RequestHeader
        request={request}
        actions={
          !outcome && (
            <Space>
              <Button icon={<RollbackOutlined />} onClick={() => setDecision('RETURN')}>
                {t('check.return')}
              </Button>
              <Button danger icon={<StopOutlined />} onClick={() => setDecision('REJECT')}>
                {t('check.reject')}
              </Button>
            </Space>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={15}>
          {outcome ? (
            <CheckResult outcome={outcome} kind={request.kind} customerId={request.customer.id} />
          ) : (
            <Card title={t('check.title')}>
              <Alert
                type="info"
                showIcon
                icon={<EyeInvisibleOutlined />}
                style={{ marginBottom: 16 }}
                title={t('check.blindTitle')}
                description={
                  request.kind === 'ERASURE'
                    ? t('erasure.check.notice')
                    : request.kind === 'SERVICE_CREDIT'
                      ? t('requestEconomics.check.notice')
                      : t('check.blindNotice')
                }
              />
              {request.kind === 'SERVICE_CREDIT' && (
                <div style={{ marginBottom: 16 }}>
                  <ServiceCreditCheckAid requestId={request.id} />
                </div>
              )}
              <CheckForm
                request={request}
                customer={request.customer}
                catalog={catalog.catalog}
                onChecked={setOutcome}
              />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={9}>
          {/* Refetched after the decision: the contract as it is now, after it. */}
          <Card
            title={outcome ? t('check.subscriptionAfter') : t('check.currentSubscription')}
            data-testid="check-subscription"
          >
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'plan',
                  label: t('requests.fields.planCode'),
                  children: current ? (
                    <Space size={4}>
                      {catalog.planName(current.plan.code)}
                      <Tag>{t(`subscriptionStatus.${current.status}`)}</Tag>
                    </Space>
                  ) : (
                    '—'
                  ),
                },
                {
                  key: 'options',
                  label: t('requests.fields.optionCodes'),
                  children: (
                    <Flex wrap gap={4}>
                      {(current?.options ?? []).map((o) => (
                        <Tag key={o.code} style={{ marginInlineEnd: 0 }}>
                          {catalog.optionName(o.code)}
                        </Tag>
                      ))}
                    </Flex>
                  ),
                },
                ...(request.customer.trialEndsAt
                  ? [
                      {
                        key: 'trialEndsAt',
                        label: t('check.trialEndsAt'),
                        children: formatDate(request.customer.trialEndsAt),
                      },
                    ]
                  : []),
              ]}
            />
          </Card>
        </Col>
      </Row>
      <DecisionModal
        requestId={request.id}
        decision={decision}
        onClose={() => setDecision(null)}
        onDecided={() => {
          setDecision(null);
          void navigate('/requests/check');
        }}
      />
    </Flex>
  );
}

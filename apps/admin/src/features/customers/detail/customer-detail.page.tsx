import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useQuery } from '@apollo/client/react';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Anchor, Col, Flex, Result, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { CustomerDetailDocument } from '../../../gql/graphql';
import { LinkButton } from '../../../shared/link-button';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { customerListReturnPath } from '../list/customer-list-params';
import { CustomerRequestsCard } from '../../provisioning/shared/customer-requests-card';
import { NewRequestButton } from '../../provisioning/shared/new-request-button';
import { OpenRequestNotice } from '../../provisioning/shared/open-request';
import { useViewer } from '../../../app/auth/use-viewer';
import { ErasedNotice, ErasedPersonalDataCard } from '../../erasure/customer/erased-personal-data';
import { ErasureRequestButton } from '../../erasure/customer/erasure-request-button';
import { CompanyNpsCard } from './company-nps-card';
import { ContactsCard } from './contacts-card';
import { CustomerActions } from './customer-actions';
import { CustomerHeader } from './customer-header';
import { CustomerAuditCard, CustomerNearMissesCard } from './customer-trail-cards';
import { FeeHistoryCard } from './fee-history-card';
import { LifecycleTimeline } from './lifecycle-timeline';
import { MfaPolicyCard } from './mfa-policy-card';
import { ProfileCard } from './profile-card';
import { ScheduledChangesCard } from './scheduled-changes-card';
import { HealthCard } from './health-card';
import { ServiceCreditsCard } from './service-credits-card';
import { SubscriptionCard } from './subscription-card';
import { SubscriptionHistoryTable } from './subscription-history-table';
import { TasksCard } from './tasks-card';
import { TouchModelCard } from './touch-model-card';
import { UsageCard } from './usage-card';

/** Did the API refuse this field (and only this field) to the caller? */
function isForbiddenField(error: unknown, field: string): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((e) => e.extensions?.['code'] === 'FORBIDDEN' && e.path?.includes(field))
  );
}

/** The page's sections, in the order of the section links. */
const SECTIONS = [
  'profile',
  'contract',
  'health',
  'tasks',
  'contacts',
  'voice',
  'history',
] as const;
const sectionId = (key: (typeof SECTIONS)[number]) => `customer-${key}`;

export function CustomerDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { viewer, can } = useViewer();
  // Usage is asked for only by those who may read it (checkers may not): no refusal to explain.
  const withUsage = can('usage:read');
  // errorPolicy 'all': a refused field (contacts for analysts) must not hide the rest.
  const { data, loading, error, refetch } = useQuery(CustomerDetailDocument, {
    variables: { id, withUsage },
    errorPolicy: 'all',
    // Wait for the viewer's permissions (usually cached by the header already).
    skip: !viewer,
  });
  const back = (
    <LinkButton to={customerListReturnPath(location.state)} icon={<ArrowLeftOutlined />}>
      {t('customers.detail.backToList')}
    </LinkButton>
  );

  if ((loading || !viewer) && !data) return <LoadingState />;
  if (!data?.customer) {
    if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
    return <Result status="404" title={t('customers.detail.notFound')} extra={back} />;
  }
  const customer = data.customer;
  const contactsForbidden = isForbiddenField(error, 'contacts');
  const otherErrors =
    CombinedGraphQLErrors.is(error) &&
    error.errors.some(
      (e) => !(e.extensions?.['code'] === 'FORBIDDEN' && e.path?.includes('contacts')),
    );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        {back}
        <Space wrap>
          <CustomerActions customer={customer} />
          <ErasureRequestButton customer={customer} />
          <NewRequestButton customerId={customer.id} stage={customer.stage} />
        </Space>
      </Flex>
      <OpenRequestNotice customerId={customer.id} />
      {otherErrors && <Alert type="warning" showIcon title={t('common.loadError')} />}
      <CustomerHeader customer={customer} />
      <ErasedNotice customer={customer} />
      <Anchor
        direction="horizontal"
        affix={false}
        aria-label={t('customer360.sections.label')}
        items={SECTIONS.map((key) => ({
          key,
          href: `#${sectionId(key)}`,
          title: t(`customer360.sections.${key}`),
        }))}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14} id={sectionId('profile')}>
          <ProfileCard
            customer={customer}
            canEdit={can('customers:write')}
            onReload={() => void refetch()}
          />
        </Col>
        <Col xs={24} xl={10}>
          <TouchModelCard customer={customer} canEdit={can('customers:write')} />
        </Col>
        <Col xs={24} xl={14} id={sectionId('contract')}>
          <Flex vertical gap={16}>
            <ScheduledChangesCard customer={customer} canWrite={can('provisioning:write')} />
            <SubscriptionCard subscription={customer.subscription} />
            {customer.usage && <UsageCard usage={customer.usage} />}
            <MfaPolicyCard policy={customer.mfaPolicy} />
          </Flex>
        </Col>
        <Col xs={24} xl={10} id={sectionId('health')}>
          <Flex vertical gap={16}>
            <HealthCard customer={customer} />
            <LifecycleTimeline customer={customer} />
            <ServiceCreditsCard customer={customer} />
          </Flex>
        </Col>
        <Col xs={24} xl={14} id={sectionId('tasks')}>
          {can('tasks:read') && (
            <TasksCard
              customerId={customer.id}
              canWrite={can('tasks:write')}
              viewerName={viewer?.displayName ?? ''}
            />
          )}
        </Col>
        <Col xs={24} xl={10} id={sectionId('contacts')}>
          {customer.stage === 'ERASED' ? (
            <ErasedPersonalDataCard
              customer={customer}
              title={t('customers.detail.contacts')}
              testId="contacts"
            />
          ) : (
            <ContactsCard
              contacts={customer.contacts}
              forbidden={contactsForbidden}
              customerId={customer.id}
              canEdit={can('personal-data:write')}
            />
          )}
        </Col>
        <Col xs={24} xl={14} id={sectionId('voice')}>
          <CompanyNpsCard customer={customer} />
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            {can('provisioning:read') && <CustomerNearMissesCard customerId={customer.id} />}
            {can('audit:read') && <CustomerAuditCard customerId={customer.id} />}
          </Flex>
        </Col>
        <Col span={24} id={sectionId('history')}>
          <CustomerRequestsCard customerId={customer.id} />
        </Col>
        <Col span={24}>
          <FeeHistoryCard subscription={customer.subscription} />
        </Col>
        <Col span={24}>
          <SubscriptionHistoryTable subscription={customer.subscription} />
        </Col>
      </Row>
    </Flex>
  );
}

import { useQuery } from '@apollo/client/react';
import { App, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RequestDetailDocument } from '../../../gql/graphql';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { RequestForm } from '../new-request/request-form';
import { isFormKind, requestPath } from '../shared/request-kinds';
import { useRequestLabels } from '../shared/request-labels';
import { useProvisioningCatalog } from '../shared/use-catalog';
import { RequestFindings } from './request-findings';

/** The maker corrects a returned request, with the checker's findings above, and resubmits it. */
export function EditRequestPage() {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RequestDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  const catalog = useProvisioningCatalog();
  if ((loading && !data) || (catalog.loading && !catalog.catalog)) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (catalog.error || !catalog.catalog)
    return <ErrorState error={catalog.error} onRetry={() => void catalog.refetch()} />;
  const request = data?.node?.__typename === 'ProvisioningRequest' ? data.node : null;
  if (!request) return <Result status="404" title={t('requests.detail.notFound')} />;
  if (
    !request.isMine ||
    request.status !== 'RETURNED' ||
    !request.proposal ||
    !isFormKind(request.kind)
  ) {
    return <Result status="warning" title={t('requests.form.notEditable')} />;
  }
  const p = request.proposal;
  return (
    <Flex vertical gap={16}>
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('requests.form.resubmitTitle', { kind: labels.kind(request.kind) })}
        </Typography.Title>
        <Typography.Text strong>{request.customer.name}</Typography.Text>
      </Flex>
      <RequestFindings request={request} />
      <Card>
        <RequestForm
          kind={request.kind}
          customer={request.customer}
          catalog={catalog.catalog}
          resubmit={{
            request: { id: request.id, version: request.version },
            values: {
              planCode: p.planCode,
              optionCodes: p.optionCodes,
              effectiveDate: p.effectiveDate,
              churnReason: p.churnReason,
              churnNote: p.churnNote,
              contractTerm: p.contractTerm,
            },
          }}
          onCancel={() => void navigate(requestPath(request.id))}
          onDone={() => {
            void message.success(t('requests.form.resubmitted'));
            void navigate(requestPath(request.id));
          }}
        />
      </Card>
    </Flex>
  );
}

import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { App, Card, Flex, Result, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { NewRequestDocument } from '../../../gql/graphql';
import { LinkButton } from '../../../shared/link-button';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { StageTag } from '../../../shared/stage-tag';
import { OpenRequestNotice } from '../shared/open-request';
import { useRequestLabels } from '../shared/request-labels';
import { type FormKind, isFormKind, kindsForStage, requestPath } from '../shared/request-kinds';
import { useProvisioningCatalog } from '../shared/use-catalog';
import { RequestForm } from './request-form';

const asKind = (value: string | null): FormKind | null => (isFormKind(value) ? value : null);

/** Draft a conversion, plan change, option change or cancellation for one customer. */
export function NewRequestPage() {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(NewRequestDocument, {
    variables: { customerId: id },
    fetchPolicy: 'cache-and-network',
  });
  const catalog = useProvisioningCatalog();
  const customerPath = `/customers/${encodeURIComponent(id)}`;

  if ((loading && !data) || (catalog.loading && !catalog.catalog)) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (catalog.error || !catalog.catalog)
    return <ErrorState error={catalog.error} onRetry={() => void catalog.refetch()} />;
  const customer = data?.customer;
  if (!customer) return <Result status="404" title={t('customers.detail.notFound')} />;

  const allowed = kindsForStage(customer.stage);
  const kind = asKind(searchParams.get('kind')) ?? allowed[0] ?? null;
  const back = (
    <LinkButton to={customerPath} icon={<ArrowLeftOutlined />}>
      {t('requests.form.backToCustomer')}
    </LinkButton>
  );

  return (
    <Flex vertical gap={16}>
      <div>{back}</div>
      <Flex gap={12} align="center" wrap>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {kind ? t('requests.form.title', { kind: labels.kind(kind) }) : t('requests.form.label')}
        </Typography.Title>
        <Typography.Text strong>{customer.name}</Typography.Text>
        <StageTag stage={customer.stage} />
      </Flex>
      {/* Reached by its address while a request is open: said before the form is filled in. */}
      <OpenRequestNotice customerId={customer.id} />
      {!kind || !allowed.includes(kind) ? (
        <Result
          status="warning"
          title={t('requests.form.notAllowed', {
            kind: kind ? labels.kind(kind) : t('requests.form.label'),
          })}
          subTitle={t('requests.form.notAllowedDetail')}
          extra={back}
        />
      ) : (
        <Card>
          {allowed.length > 1 && (
            <Segmented<FormKind>
              style={{ marginBottom: 16 }}
              value={kind}
              options={allowed.map((k) => ({ value: k, label: labels.kind(k) }))}
              onChange={(k) => setSearchParams({ kind: k }, { replace: true })}
            />
          )}
          <Typography.Paragraph type="secondary">
            {t(`requests.form.description.${kind}`)}
          </Typography.Paragraph>
          <RequestForm
            key={kind}
            kind={kind}
            customer={customer}
            catalog={catalog.catalog}
            onCancel={() => void navigate(customerPath)}
            onDone={(request) => {
              void message.success(t('requests.form.submitted'));
              void navigate(requestPath(request.id));
            }}
          />
        </Card>
      )}
    </Flex>
  );
}

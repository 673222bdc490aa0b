import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { PROVISIONING_KINDS, type ProvisioningKind } from '@kizuna/domain';
import { Card, Col, Descriptions, Flex, Result, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useViewer } from '../../../app/auth/use-viewer';
import { NearMissDetailDocument } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/dates';
import { LinkButton } from '../../../shared/link-button';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { requestPath } from '../../provisioning/shared/request-kinds';
import { RequestStatusTag, useRequestLabels } from '../../provisioning/shared/request-labels';
import { useProvisioningCatalog } from '../../provisioning/shared/use-catalog';
import { NearMissKindTag, NearMissStatusTag, useNearMissLabels } from '../near-miss-labels';
import { CheckedValuesCompare } from './checked-values-compare';
import { NearMissEditForm } from './near-miss-edit-form';

const isRequestKind = (k: string | null): k is ProvisioningKind =>
  (PROVISIONING_KINDS as readonly (string | null)[]).includes(k);

/** One near-miss or incident: what happened, where, and its analysis (editable). */
export function NearMissDetailPage() {
  const { t } = useTranslation();
  const labels = useNearMissLabels();
  const requestLabels = useRequestLabels();
  const { can } = useViewer();
  const { planName, optionName } = useProvisioningCatalog();
  const { id = '' } = useParams();
  const {
    data: fetched,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(NearMissDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  // The last answer stays on screen while the store is refetched (a language switch), so the
  // edit form keeps what has been typed.
  const data = fetched ?? (previousData?.node?.id === id ? previousData : undefined);
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const nearMiss = data?.node?.__typename === 'NearMiss' ? data.node : null;
  if (!nearMiss) return <Result status="404" title={t('nearMisses.detail.notFound')} />;

  return (
    <Flex vertical gap={16}>
      <div>
        <LinkButton to="/near-misses" icon={<ArrowLeftOutlined />}>
          {t('nearMisses.detail.back')}
        </LinkButton>
      </div>
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={1} style={{ margin: 0 }}>
          {labels.kind(nearMiss.kind)}
        </Typography.Title>
        <NearMissKindTag kind={nearMiss.kind} />
        <NearMissStatusTag status={nearMiss.status} />
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card title={t('nearMisses.detail.what')}>
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'occurredAt',
                  label: t('nearMisses.columns.occurredAt'),
                  children: formatDateTime(nearMiss.occurredAt),
                },
                {
                  key: 'description',
                  label: t('nearMisses.detail.description'),
                  children: nearMiss.description,
                },
                {
                  key: 'customer',
                  label: t('nearMisses.columns.customer'),
                  children: nearMiss.customer ? (
                    <Link to={`/customers/${encodeURIComponent(nearMiss.customer.id)}`}>
                      {nearMiss.customer.name}
                    </Link>
                  ) : (
                    '—'
                  ),
                },
                {
                  key: 'request',
                  label: t('nearMisses.detail.request'),
                  children: nearMiss.request ? (
                    <Flex gap={8} align="center">
                      <Link to={requestPath(nearMiss.request.id)}>
                        {requestLabels.kind(nearMiss.request.kind)}
                      </Link>
                      <RequestStatusTag status={nearMiss.request.status} />
                    </Flex>
                  ) : isRequestKind(nearMiss.requestKind) ? (
                    requestLabels.kind(nearMiss.requestKind)
                  ) : (
                    '—'
                  ),
                },
                {
                  key: 'fields',
                  label: t('nearMisses.columns.fields'),
                  children:
                    nearMiss.fields.length === 0
                      ? '—'
                      : nearMiss.fields.map((f) => (
                          <Tag key={f} color="red">
                            {requestLabels.field(f)}
                          </Tag>
                        )),
                },
                {
                  key: 'source',
                  label: t('nearMisses.columns.source'),
                  children: t(`nearMisses.source.${nearMiss.source}`),
                },
                {
                  key: 'reportedBy',
                  label: t('nearMisses.detail.reportedBy'),
                  children: nearMiss.reportedBy?.displayName ?? '—',
                },
                {
                  key: 'updatedAt',
                  label: t('nearMisses.detail.updatedAt'),
                  children: formatDateTime(nearMiss.updatedAt),
                },
              ]}
            />
          </Card>
          {nearMiss.source === 'AUTOMATIC' && nearMiss.makerValues && nearMiss.checkerValues && (
            <Card title={t('nearMisses.detail.checkedValues')} style={{ marginTop: 16 }}>
              <CheckedValuesCompare
                fields={nearMiss.fields}
                maker={nearMiss.makerValues}
                checker={nearMiss.checkerValues}
                planName={planName}
                optionName={optionName}
              />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('nearMisses.detail.analysis')}>
            {can('near-misses:write') ? (
              <NearMissEditForm nearMiss={nearMiss} />
            ) : (
              <Descriptions
                size="small"
                column={1}
                items={[
                  {
                    key: 'cause',
                    label: t('nearMisses.columns.cause'),
                    children: labels.cause(nearMiss.causeCategory),
                  },
                  ...(nearMiss.source === 'AUTOMATIC'
                    ? [
                        {
                          key: 'erredSide',
                          label: t('nearMisses.detail.erredSide'),
                          children: nearMiss.erredSide
                            ? t(`nearMisses.detail.erredSides.${nearMiss.erredSide}`)
                            : '—',
                        },
                      ]
                    : []),
                  {
                    key: 'countermeasure',
                    label: t('nearMisses.detail.countermeasure'),
                    children: nearMiss.countermeasure ?? '—',
                  },
                ]}
              />
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}

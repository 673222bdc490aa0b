import { Card, Descriptions, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RequestHeaderFragment } from '../../../gql/graphql';
import { formatDateTime, formatIsoDate } from '../../../shared/dates';
import { RequestStatusTag, useRequestLabels } from '../shared/request-labels';

/** Kind, status, customer, maker and checker of a request; `actions` at the top right. */
export function RequestHeader({
  request,
  actions,
}: {
  request: RequestHeaderFragment;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  return (
    <Card>
      <Flex vertical gap={12}>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Flex align="center" gap={12} wrap>
            <Typography.Title level={1} style={{ margin: 0 }}>
              {labels.kind(request.kind)}
            </Typography.Title>
            <RequestStatusTag status={request.status} />
            <Typography.Text type="secondary">
              {t('requests.detail.version', { version: request.version })}
            </Typography.Text>
          </Flex>
          {actions}
        </Flex>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'customer',
              label: t('requests.columns.customer'),
              children: (
                <Link to={`/customers/${encodeURIComponent(request.customer.id)}`}>
                  {request.customer.name}
                </Link>
              ),
            },
            {
              key: 'maker',
              label: t('requests.columns.maker'),
              children: request.maker?.displayName ?? '—',
            },
            {
              key: 'checker',
              label: t('requests.columns.checker'),
              children: request.checker?.displayName ?? '—',
            },
            {
              key: 'effectiveDate',
              label: t('requests.fields.effectiveDate'),
              children: (
                <span className="kizuna-tabular">
                  {formatIsoDate(request.effectiveDate) ?? '—'}
                </span>
              ),
            },
            {
              key: 'createdAt',
              label: t('requests.columns.createdAt'),
              children: <span className="kizuna-tabular">{formatDateTime(request.createdAt)}</span>,
            },
            {
              key: 'decidedAt',
              label: t('requests.columns.decidedAt'),
              children: (
                <span className="kizuna-tabular">{formatDateTime(request.decidedAt) ?? '—'}</span>
              ),
            },
            {
              key: 'appliedAt',
              label: t('requests.columns.appliedAt'),
              children: (
                <span className="kizuna-tabular">{formatDateTime(request.appliedAt) ?? '—'}</span>
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}

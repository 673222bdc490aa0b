import { useQuery } from '@apollo/client/react';
import { auditActionLabel, type Locale } from '@kizuna/domain';
import { Card, Empty, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CustomerAuditEventsDocument, CustomerNearMissesDocument } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/dates';
import { LinkButton } from '../../../shared/link-button';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { NearMissKindTag, NearMissStatusTag } from '../../near-misses/near-miss-labels';
import { CompactList } from './compact-list';

/** How many of the latest entries a trail card shows. */
export const TRAIL_SIZE = 5;

function TrailCard<T extends { id: string }>({
  title,
  testId,
  items,
  totalCount,
  error,
  empty,
  allPath,
  renderItem,
}: {
  title: string;
  testId: string;
  items: readonly T[] | undefined;
  totalCount: number;
  error: unknown;
  empty: string;
  /** The full list, filtered to this customer where the list can be. */
  allPath: string;
  renderItem: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={title}
      data-testid={testId}
      extra={
        totalCount > 0 && (
          <LinkButton to={allPath} size="small">
            {t('customer360.trail.all', { count: totalCount })}
          </LinkButton>
        )
      }
    >
      {error && !items ? (
        <ErrorState error={error} />
      ) : !items ? (
        <LoadingState />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />
      ) : (
        <CompactList items={items} itemKey={(item) => item.id} renderItem={renderItem} />
      )}
    </Card>
  );
}

/** The customer's latest near-misses and incidents, with a link to the list. */
export function CustomerNearMissesCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(CustomerNearMissesDocument, {
    variables: { customerId, first: TRAIL_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <TrailCard
      title={t('customer360.trail.nearMisses')}
      testId="customer-near-misses"
      items={data?.nearMisses.edges.map((e) => e.node)}
      totalCount={data?.nearMisses.totalCount ?? 0}
      error={error}
      empty={t('customer360.trail.nearMissesEmpty')}
      allPath={`/near-misses?${new URLSearchParams({ customer: customerId }).toString()}`}
      renderItem={(n) => (
        <Flex vertical gap={2} style={{ minWidth: 0 }}>
          <Flex gap={4} wrap align="center">
            <NearMissKindTag kind={n.kind} />
            <NearMissStatusTag status={n.status} />
            <Typography.Text type="secondary" className="kizuna-tabular">
              {formatDateTime(n.occurredAt)}
            </Typography.Text>
          </Flex>
          <Link to={`/near-misses/${encodeURIComponent(n.id)}`}>
            <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
              {n.description}
            </Typography.Text>
          </Link>
        </Flex>
      )}
    />
  );
}

/** The customer's latest audit events, with a link to the audit log filtered to the customer. */
export function CustomerAuditCard({ customerId }: { customerId: string }) {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'ja';
  const { data, error } = useQuery(CustomerAuditEventsDocument, {
    variables: { entityId: customerId, first: TRAIL_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  return (
    <TrailCard
      title={t('customer360.trail.audit')}
      testId="customer-audit"
      items={data?.auditEvents.edges.map((e) => e.node)}
      totalCount={data?.auditEvents.totalCount ?? 0}
      error={error}
      empty={t('customer360.trail.auditEmpty')}
      allPath={`/audit?${new URLSearchParams({ entityId: customerId }).toString()}`}
      renderItem={(e) => (
        <Flex vertical gap={2}>
          <Typography.Text data-action={e.action}>
            {auditActionLabel(e.action, locale)}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <span className="kizuna-tabular">{formatDateTime(e.occurredAt)}</span> · {e.actorName}
          </Typography.Text>
        </Flex>
      )}
    />
  );
}

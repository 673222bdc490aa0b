import { useQuery } from '@apollo/client/react';
import { diffOptions, SUBSCRIPTION_STATUS_LABELS, SUBSCRIPTION_STATUSES } from '@kizuna/domain';
import { Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  SubscriptionHistoryCatalogDocument,
  type SubscriptionHistoryTableFragment,
} from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { formatDateTime } from '../../../shared/dates';
import { isChangeKind } from './customer-labels';

type Change = SubscriptionHistoryTableFragment['history'][number];

const isOneOf = <T extends string>(list: readonly T[], v: string | null): v is T =>
  v !== null && (list as readonly string[]).includes(v);

/** Applied changes of the subscription, newest first: plan, status and options added/removed. */
export function SubscriptionHistoryTable({
  subscription,
}: {
  subscription: SubscriptionHistoryTableFragment | null;
}) {
  const { t, i18n } = useTranslation();
  // The history names plans and options by code; the catalog gives their names.
  const { data: catalog } = useQuery(SubscriptionHistoryCatalogDocument);
  const planName = (code: string | null) =>
    code === null ? '—' : (catalog?.plans.find((p) => p.code === code)?.name ?? code);
  const optionName = (code: string) => catalog?.options.find((o) => o.code === code)?.name ?? code;
  const kindLabel = (kind: string) => (isChangeKind(kind) ? t(`changeKind.${kind}`) : kind);
  const statusLabel = (status: string | null) =>
    status === null
      ? '—'
      : isOneOf(SUBSCRIPTION_STATUSES, status)
        ? pick(SUBSCRIPTION_STATUS_LABELS[status], i18n.language)
        : status;
  const arrow = (before: string, after: string) =>
    before === after || before === '—' ? after : `${before} → ${after}`;

  const history = subscription?.history ?? [];
  return (
    <Card title={t('customers.detail.history')}>
      {history.length === 0 ? (
        <Empty description={t('customers.detail.historyEmpty')} />
      ) : (
        <Table<Change>
          size="small"
          rowKey={(c) => `${c.changedAt}-${c.changeKind}`}
          pagination={false}
          dataSource={[...history]}
          scroll={{ x: 900 }}
          columns={[
            {
              key: 'changedAt',
              title: t('customers.detail.historyChangedAt'),
              width: 150,
              render: (_, c) => (
                <span className="kizuna-tabular">{formatDateTime(c.changedAt)}</span>
              ),
            },
            {
              key: 'kind',
              title: t('customers.detail.historyKind'),
              width: 140,
              render: (_, c) => kindLabel(c.changeKind),
            },
            {
              key: 'plan',
              title: t('customers.detail.historyPlan'),
              width: 180,
              render: (_, c) => arrow(planName(c.planCodeBefore), planName(c.planCodeAfter)),
            },
            {
              key: 'status',
              title: t('customers.detail.historyStatus'),
              width: 180,
              render: (_, c) => arrow(statusLabel(c.statusBefore), statusLabel(c.statusAfter)),
            },
            {
              key: 'options',
              title: t('customers.detail.historyOptions'),
              render: (_, c) => {
                const diff = diffOptions(c.optionCodesBefore, c.optionCodesAfter);
                if (diff.added.length === 0 && diff.removed.length === 0) {
                  return (
                    <Typography.Text type="secondary">
                      {t('customers.detail.noOptionChange')}
                    </Typography.Text>
                  );
                }
                return (
                  <Space orientation="vertical" size={2}>
                    {diff.added.length > 0 && (
                      <div>
                        <Typography.Text type="success">
                          {t('customers.detail.added')}:{' '}
                        </Typography.Text>
                        {diff.added.map((code) => (
                          <Tag key={code} color="green">
                            {optionName(code)}
                          </Tag>
                        ))}
                      </div>
                    )}
                    {diff.removed.length > 0 && (
                      <div>
                        <Typography.Text type="danger">
                          {t('customers.detail.removed')}:{' '}
                        </Typography.Text>
                        {diff.removed.map((code) => (
                          <Tag key={code} color="red">
                            {optionName(code)}
                          </Tag>
                        ))}
                      </div>
                    )}
                  </Space>
                );
              },
            },
          ]}
        />
      )}
    </Card>
  );
}

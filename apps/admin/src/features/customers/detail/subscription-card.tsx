import {
  CONTRACT_TERM_LABELS,
  CONTRACT_TERM_MONTHS,
  formatYen,
  OPTION_KINDS,
  SUBSCRIPTION_STATUS_LABELS,
  type OptionKind,
} from '@kizuna/domain';
import { Card, Descriptions, Empty, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SubscriptionCardFragment } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { formatDate, formatIsoDate } from '../../../shared/dates';

const STATUS_COLORS = {
  TRIAL: 'blue',
  ACTIVE: 'green',
  CANCELLED: 'default',
  EXPIRED: 'red',
} as const;

/** ￥1,490（税抜）/ ￥1,639（税込） */
function TaxedFee({ excludingTax, includingTax }: { excludingTax: number; includingTax: number }) {
  const { t } = useTranslation();
  return (
    <Space size={4} wrap className="kizuna-tabular">
      <Typography.Text strong>
        {formatYen(includingTax)}（{t('customers.detail.includingTax')}）
      </Typography.Text>
      <Typography.Text type="secondary">
        {formatYen(excludingTax)}（{t('customers.detail.excludingTax')}）
      </Typography.Text>
    </Space>
  );
}

/**
 * Plan, options grouped by kind, the monthly fee with and without tax, and the contract term with
 * the next renewal and what it costs.
 */
export function SubscriptionCard({
  subscription,
}: {
  subscription: SubscriptionCardFragment | null;
}) {
  const { t, i18n } = useTranslation();
  if (!subscription) {
    return (
      <Card title={t('customers.detail.subscription')} data-testid="subscription">
        <Empty description={t('customers.detail.noSubscription')} />
      </Card>
    );
  }
  const byKind = new Map<OptionKind, SubscriptionCardFragment['options']>();
  for (const option of subscription.options) {
    byKind.set(option.kind, [...(byKind.get(option.kind) ?? []), option]);
  }
  const isTrial = subscription.status === 'TRIAL';
  return (
    <Card title={t('customers.detail.subscription')} data-testid="subscription">
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'plan',
            label: t('customers.detail.plan'),
            children: (
              <Space size={8} wrap>
                <Typography.Text strong>{subscription.plan.name}</Typography.Text>
                <Tag color={STATUS_COLORS[subscription.status]}>
                  {pick(SUBSCRIPTION_STATUS_LABELS[subscription.status], i18n.language)}
                </Tag>
              </Space>
            ),
          },
          {
            key: 'startedAt',
            label: t('customers.detail.startedAt'),
            children: <span className="kizuna-tabular">{formatDate(subscription.startedAt)}</span>,
          },
          ...(subscription.cancelledAt
            ? [
                {
                  key: 'cancelledAt',
                  label: t('customers.detail.cancelledAt'),
                  children: (
                    <span className="kizuna-tabular">{formatDate(subscription.cancelledAt)}</span>
                  ),
                },
              ]
            : []),
          {
            key: 'monthlyFee',
            label: t('customers.detail.monthlyFee'),
            children: (
              <Flex vertical>
                <TaxedFee {...subscription.monthlyFee} />
                {isTrial && (
                  <Typography.Text type="secondary">
                    {t('customers.detail.trialFree')}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'contractTerm',
            label: t('customerEconomics.contractTerm'),
            children: (
              <span data-testid="contract-term">
                {pick(CONTRACT_TERM_LABELS[subscription.contractTerm], i18n.language)}
              </span>
            ),
          },
          {
            key: 'renewal',
            label: t('customerEconomics.renewsAt'),
            children: subscription.renewsAt ? (
              <Flex vertical data-testid="renewal">
                <span className="kizuna-tabular">{formatIsoDate(subscription.renewsAt)}</span>
                {subscription.renewalAmount && (
                  <>
                    <Space size={4} wrap>
                      <Typography.Text type="secondary">
                        {t('customerEconomics.renewalAmount')}
                      </Typography.Text>
                      <TaxedFee {...subscription.renewalAmount} />
                    </Space>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('customerEconomics.renewalAmountHelp', {
                        months: CONTRACT_TERM_MONTHS[subscription.contractTerm],
                      })}
                    </Typography.Text>
                  </>
                )}
              </Flex>
            ) : (
              <Typography.Text type="secondary">
                {t('customerEconomics.notRenewing')}
              </Typography.Text>
            ),
          },
          {
            key: 'options',
            label: t('customers.detail.options'),
            children:
              subscription.options.length === 0 ? (
                t('customers.detail.noOptions')
              ) : (
                <Flex vertical gap={8}>
                  {OPTION_KINDS.filter((kind) => byKind.has(kind)).map((kind) => (
                    <div key={kind} data-option-kind={kind}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t(`optionKind.${kind}`)}
                      </Typography.Text>
                      <div>
                        {byKind.get(kind)!.map((o) => (
                          <Tag
                            key={o.code}
                            // A long name with its fee wraps on a phone instead of widening the page.
                            style={{ marginBlock: 2, whiteSpace: 'normal' }}
                            data-option={o.code}
                          >
                            {o.name}
                            {!isTrial && o.monthlyFeeYen > 0 && (
                              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                                {' '}
                                +{formatYen(o.monthlyFeeYen)}（{t('customers.detail.excludingTax')}
                                ）
                              </Typography.Text>
                            )}
                          </Tag>
                        ))}
                      </div>
                    </div>
                  ))}
                </Flex>
              ),
          },
        ]}
      />
    </Card>
  );
}

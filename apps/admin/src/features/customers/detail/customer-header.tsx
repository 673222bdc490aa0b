import { Card, Descriptions, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerHeaderFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/dates';
import { StageTag } from '../../../shared/stage-tag';
import { TrialEnd } from '../../../shared/trial-end';
import { ErasureDue } from '../../erasure/customer/erasure-due';

/** Company name with furigana, 法人番号 and lifecycle stage. */
export function CustomerHeader({ customer }: { customer: CustomerHeaderFragment }) {
  const { t } = useTranslation();
  const items = [
    {
      key: 'corporateNumber',
      label: t('customers.detail.corporateNumber'),
      children: <span className="kizuna-tabular">{customer.corporateNumber ?? '—'}</span>,
    },
    {
      key: 'createdAt',
      label: t('customers.detail.createdAt'),
      children: formatDate(customer.createdAt),
    },
  ];
  if (customer.stage === 'TRIAL' && customer.trialEndsAt) {
    items.push({
      key: 'trial',
      label: t('customers.detail.trialPeriod'),
      children: (
        <Space size={4} wrap>
          <span className="kizuna-tabular">{formatDate(customer.trialStartedAt)} 〜</span>
          <TrialEnd {...customer} />
          {customer.trialExtendedDays > 0 && (
            <Tag>{t('customers.detail.trialExtended', { count: customer.trialExtendedDays })}</Tag>
          )}
        </Space>
      ),
    });
  }
  if (customer.stage === 'LEAD' && customer.isTrialExpired) {
    const ended = customer.trialExpiredAt ?? customer.trialEndsAt;
    items.push({
      key: 'trialExpired',
      label: t('customers.detail.trialPeriod'),
      children: (
        <Tag color="red" className="kizuna-tabular" data-testid="trial-expired">
          {t('customers.detail.trialExpiredOn', { date: formatDate(ended) })}
        </Tag>
      ),
    });
  }
  if (customer.stage === 'CHURNED' && customer.erasureDueAt) {
    items.push({
      key: 'erasureDue',
      label: t('erasure.due.label'),
      children: <ErasureDue customer={customer} />,
    });
  }
  return (
    <Card>
      <Flex vertical gap={8}>
        {customer.nameKana && (
          <Typography.Text type="secondary">{customer.nameKana}</Typography.Text>
        )}
        <Flex align="center" gap={12} wrap>
          <Typography.Title level={1} style={{ margin: 0 }}>
            {customer.name}
          </Typography.Title>
          <StageTag stage={customer.stage} />
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} items={items} />
      </Flex>
    </Card>
  );
}

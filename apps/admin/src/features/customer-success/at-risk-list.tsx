import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerSuccessQuery } from '../../gql/graphql';
import { HealthCustomerTable } from './health-customer-table';

/** The customers in AT_RISK, lowest score first, with the signal that pulls each one down most. */
export function AtRiskList({ atRisk }: { atRisk: CustomerSuccessQuery['atRisk'] }) {
  const { t } = useTranslation();
  const rows = atRisk.edges.map((e) => e.node);
  return (
    <Card title={t('customerSuccess.atRisk.title')} data-testid="at-risk">
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('customerSuccess.atRisk.subtitle')}</Typography.Text>
        {rows.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('customerSuccess.atRisk.empty')}
          />
        ) : (
          <>
            {atRisk.totalCount > rows.length && (
              <Typography.Text>
                {t('customerSuccess.atRisk.shown', {
                  total: atRisk.totalCount,
                  shown: rows.length,
                })}
              </Typography.Text>
            )}
            <HealthCustomerTable rows={rows} testId="at-risk-table" />
          </>
        )}
      </Flex>
    </Card>
  );
}

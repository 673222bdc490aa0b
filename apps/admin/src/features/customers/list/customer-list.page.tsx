import { useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CustomerListDocument } from '../../../gql/graphql';
import { ErrorState } from '../../../shared/page-states';
import { useCursorStack } from '../../../shared/use-cursor-stack';
import { CustomerListFilters } from './customer-list-filters';
import {
  customerListSearchParams,
  customerListVariables,
  hasCustomerFilters,
  parseCustomerListParams,
  showsRenewal,
} from './customer-list-params';
import { CustomerTable } from './customer-table';

const PAGE_SIZE = 20;

export function CustomerListPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = parseCustomerListParams(searchParams);
  const filtersKey = customerListSearchParams(params).toString();
  const cursors = useCursorStack(filtersKey);
  const { data, previousData, loading, error, refetch } = useQuery(CustomerListDocument, {
    variables: {
      first: PAGE_SIZE,
      after: cursors.after,
      ...customerListVariables(params),
      withRenewal: showsRenewal(params),
    },
  });
  const connection = (data ?? previousData)?.customers;
  const hasFilters = hasCustomerFilters(params);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="baseline" wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('customers.list.title')}
        </Typography.Title>
        {connection && (
          <Typography.Text strong data-testid="customer-total">
            {t('customers.list.total', { count: connection.totalCount })}
          </Typography.Text>
        )}
      </Flex>
      <CustomerListFilters
        value={params}
        onChange={(next) => setSearchParams(customerListSearchParams(next))}
      />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : (
        <CustomerTable
          rows={connection?.edges.map((e) => e.node) ?? []}
          loading={loading}
          withRenewal={showsRenewal(params)}
          empty={
            <Empty description={t('customers.list.empty')}>
              {hasFilters && (
                <Button onClick={() => setSearchParams(new URLSearchParams())}>
                  {t('customers.list.clearFilters')}
                </Button>
              )}
            </Empty>
          }
          footer={() => (
            <Flex justify="space-between" align="center">
              <Typography.Text type="secondary">
                {t('customers.list.page', { page: cursors.page })}
              </Typography.Text>
              <Space>
                <Button disabled={cursors.page <= 1 || loading} onClick={cursors.previous}>
                  {t('customers.list.previous')}
                </Button>
                <Button
                  disabled={!connection?.pageInfo.hasNextPage || loading}
                  onClick={() => {
                    const end = connection?.pageInfo.endCursor;
                    if (end) cursors.next(end);
                  }}
                >
                  {t('customers.list.next')}
                </Button>
              </Space>
            </Flex>
          )}
        />
      )}
    </Flex>
  );
}

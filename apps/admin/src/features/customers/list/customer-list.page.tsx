import { useQuery } from '@apollo/client/react';
import { Button, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CustomerListDocument } from '../../../gql/graphql';
import { ErrorState } from '../../../shared/page-states';
import { Pager } from '../../../shared/pager';
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
  // Page 3 stays page 3 through a reload or 戻る from a customer (the cursors are in the URL).
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
        <Typography.Title level={1} style={{ margin: 0 }}>
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
          stale={!data}
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
            <Pager cursors={cursors} pageInfo={connection?.pageInfo} loading={loading} />
          )}
        />
      )}
    </Flex>
  );
}

import { Empty, Flex, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from './page-states';
import { Pager } from './pager';
import type { useCursorStack } from './use-cursor-stack';

/** The part of a Relay connection a paged table shows. */
export interface TableConnection<T> {
  edges: readonly { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/**
 * One page of a keyset-paginated connection as a table, with the pager and the total below it;
 * a failed first load shows the error with a retry instead.
 */
export function ConnectionTable<T extends { id: string }>({
  connection,
  error,
  loading,
  onRetry,
  cursors,
  emptyText,
  totalTestId,
  columns,
  scroll,
  expandable,
  'data-testid': testId,
}: {
  connection: TableConnection<T> | undefined;
  error: unknown;
  loading: boolean;
  onRetry: () => void;
  cursors: ReturnType<typeof useCursorStack>;
  emptyText: string;
  totalTestId?: string;
  columns: NonNullable<TableProps<T>['columns']>;
  scroll: TableProps<T>['scroll'];
  expandable?: TableProps<T>['expandable'];
  'data-testid': string;
}) {
  const { t } = useTranslation();
  if (error && !connection) return <ErrorState error={error} onRetry={onRetry} />;
  return (
    <Table<T>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={connection?.edges.map((e) => e.node) ?? []}
      loading={loading}
      pagination={false}
      scroll={scroll}
      data-testid={testId}
      expandable={expandable}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      footer={() => (
        <Flex vertical gap={8}>
          <Pager
            page={cursors.page}
            hasNext={connection?.pageInfo.hasNextPage ?? false}
            loading={loading}
            onPrevious={cursors.previous}
            onNext={() => {
              const end = connection?.pageInfo.endCursor;
              if (end) cursors.next(end);
            }}
          />
          {connection && (
            <Typography.Text type="secondary" data-testid={totalTestId}>
              {t('common.total', { count: connection.totalCount })}
            </Typography.Text>
          )}
        </Flex>
      )}
    />
  );
}

import { Empty, Flex, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState, pagedTableProps } from './page-states';
import { Pager } from './pager';
import type { useCursorStack } from './use-cursor-stack';

/** The part of a Relay connection a paged table shows. */
export interface TableConnection<T> {
  edges: readonly { node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  totalCount: number;
}

/**
 * One page of a keyset-paginated connection as a table, with the pager and the total below it.
 * While a page loads (the first, another page, other filters) it shows skeleton rows; the empty
 * text only once loaded and empty. A failed first load shows the error with a retry instead.
 */
export function ConnectionTable<T extends { id: string }>({
  connection,
  error,
  loading,
  stale = false,
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
  /** `connection` is the previous page's (or filters'), kept while the requested one loads. */
  stale?: boolean;
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
  const { placeholders, props } = pagedTableProps(
    columns,
    connection?.edges.map((e) => e.node) ?? [],
    { loading, stale },
  );
  return (
    <Table<T>
      size="middle"
      {...props}
      expandable={placeholders ? undefined : expandable}
      pagination={false}
      scroll={scroll}
      data-testid={testId}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      footer={() => (
        <Flex vertical gap={8}>
          <Pager cursors={cursors} pageInfo={connection?.pageInfo} loading={loading} />
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

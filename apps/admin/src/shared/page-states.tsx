import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { Alert, Button, Flex, Skeleton, Spin } from 'antd';
import type { TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';

/** A centred spinner for a page or card whose data is loading. */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ padding: 48 }}>
      <Spin description={t('common.loading')} />
    </Flex>
  );
}

/** A failed load, with the reason when the server gave one, and a retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const detail = CombinedGraphQLErrors.is(error)
    ? error.errors.map((e) => e.message).join(' ')
    : ServerError.is(error) || !(error instanceof Error)
      ? t('common.unknownError')
      : t('common.networkError');
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.loadError')}
      description={detail}
      action={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}

/** Rows a loading table shows: about a screen's worth, so that the page does not jump. */
export const SKELETON_ROW_COUNT = 5;

/**
 * A table's placeholders while its page loads (first load, another page, other filters): the
 * columns it will have, each cell a skeleton bar — never 「…はありません」 under a spinner.
 * Spread over the table's props in place of `columns` and `dataSource`.
 */
export function skeletonTable<T>(columns: ColumnsType<T>): {
  columns: ColumnsType<T>;
  dataSource: T[];
  rowKey: (row: T) => string;
} {
  return {
    columns: columns.map((column) => ({
      ...column,
      render: () => <Skeleton.Input active size="small" block style={{ minWidth: 48 }} />,
    })),
    // Placeholder rows: only the skeleton renderers above ever see them.
    dataSource: Array.from(
      { length: SKELETON_ROW_COUNT },
      (_, i) => ({ skeletonKey: `skeleton-${i}` }) as unknown as T,
    ),
    rowKey: (row) => (row as unknown as { skeletonKey: string }).skeletonKey,
  };
}

/**
 * A paged table's rows, or its skeleton while the page asked for is loading: on the first load,
 * while `stale` rows (the previous page's, other filters') wait to be replaced, and while a
 * reload of an empty page runs. Refreshing rows already shown keeps them, under the spinner.
 */
export function pagedTableProps<T extends { id: string }>(
  columns: ColumnsType<T>,
  rows: T[],
  { loading, stale }: { loading: boolean; stale: boolean },
): { placeholders: boolean; props: PagedTableProps<T> } {
  const placeholders = loading && (stale || rows.length === 0);
  return {
    placeholders,
    props: placeholders
      ? { ...skeletonTable(columns), loading: false }
      : { columns, dataSource: rows, rowKey: (row: T) => row.id, loading },
  };
}

type PagedTableProps<T> = Required<
  Pick<TableProps<T>, 'columns' | 'dataSource' | 'rowKey' | 'loading'>
>;

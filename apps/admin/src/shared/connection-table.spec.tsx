import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { ConnectionTable, type TableConnection } from './connection-table';
import { SKELETON_ROW_COUNT } from './page-states';

interface Row {
  id: string;
  name: string;
}

const EMPTY = '条件に一致する顧客はいません。';
const cursors = { after: null, page: 1, next: () => undefined, previous: () => undefined };
const page = (names: string[]): TableConnection<Row> => ({
  edges: names.map((name) => ({ node: { id: name, name } })),
  pageInfo: { hasNextPage: false, endCursor: null },
  totalCount: names.length,
});

function renderTable(props: {
  connection?: TableConnection<Row>;
  loading: boolean;
  stale?: boolean;
}) {
  renderWithProviders(
    <ConnectionTable<Row>
      connection={props.connection}
      error={null}
      loading={props.loading}
      stale={props.stale}
      onRetry={() => undefined}
      cursors={cursors}
      emptyText={EMPTY}
      columns={[{ key: 'name', title: '顧客名', render: (_, r) => r.name }]}
      scroll={undefined}
      data-testid="rows"
    />,
  );
  const table = screen.getByTestId('rows');
  return {
    skeletons: () => table.querySelectorAll('tbody .ant-skeleton').length,
    table,
  };
}

describe('ConnectionTable while loading', () => {
  it('shows skeleton rows on the first load, not the empty text under a spinner', () => {
    const { skeletons } = renderTable({ loading: true });
    expect(skeletons()).toBe(SKELETON_ROW_COUNT);
    expect(screen.queryByText(EMPTY)).not.toBeInTheDocument();
  });

  it('shows skeleton rows, not the previous page, while another page loads', () => {
    const { skeletons } = renderTable({
      connection: page(['旧株式会社']),
      loading: true,
      stale: true,
    });
    expect(skeletons()).toBe(SKELETON_ROW_COUNT);
    expect(screen.queryByText('旧株式会社')).not.toBeInTheDocument();
  });

  it('keeps the rows shown while they are refreshed', () => {
    const { skeletons, table } = renderTable({
      connection: page(['株式会社サンプル']),
      loading: true,
    });
    expect(skeletons()).toBe(0);
    expect(within(table).getByText('株式会社サンプル')).toBeInTheDocument();
  });

  it('says the list is empty only once it has loaded empty', () => {
    const { skeletons } = renderTable({ connection: page([]), loading: false });
    expect(skeletons()).toBe(0);
    expect(screen.getByText(EMPTY)).toBeInTheDocument();
  });
});

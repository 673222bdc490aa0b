import { Card, Empty } from 'antd';
import type { ReactNode } from 'react';

/** A dashboard card that shows an empty state instead of an empty chart. */
export function DashboardCard({
  title,
  extra,
  empty,
  emptyText,
  children,
  testId,
}: {
  title: ReactNode;
  extra?: ReactNode;
  empty: boolean;
  emptyText: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <Card title={title} extra={extra} data-testid={testId} style={{ height: '100%' }}>
      {empty ? <Empty description={emptyText} /> : children}
    </Card>
  );
}

import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

/** A page's title, what it is for, and its main action on the right. */
export function AdminPageHeader({
  title,
  description,
  action,
}: {
  title: string;
  description: string;
  action?: ReactNode;
}) {
  return (
    <Flex justify="space-between" align="start" gap={16} wrap>
      <Flex vertical gap={4} style={{ maxWidth: 760 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">{description}</Typography.Text>
      </Flex>
      {action}
    </Flex>
  );
}

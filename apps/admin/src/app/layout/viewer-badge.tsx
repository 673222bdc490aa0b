import { UserOutlined } from '@ant-design/icons';
import { Button, Flex, Popover, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppLayoutQuery, StaffRole } from '../../gql/graphql';

const ROLE_COLORS: Record<StaffRole, string> = {
  OPERATOR: 'geekblue',
  CHECKER: 'purple',
  ANALYST: 'cyan',
  ADMIN: 'volcano',
};

type Viewer = Pick<AppLayoutQuery['viewer'], 'displayName' | 'roles'>;

function RoleTags({ roles }: { roles: readonly StaffRole[] }) {
  const { t } = useTranslation();
  return roles.map((role) => (
    <Tooltip key={role} title={t(`roles.${role}`)}>
      <Tag color={ROLE_COLORS[role]} style={{ marginInlineEnd: 0 }}>
        {role}
      </Tag>
    </Tooltip>
  ));
}

/**
 * The signed-in staff member: name and role tags, or (`compact`, on narrow screens where four
 * roles do not fit) one button that shows them.
 */
export function ViewerBadge({ viewer, compact }: { viewer: Viewer; compact: boolean }) {
  const { t } = useTranslation();
  if (!compact) {
    return (
      <Space size={4} data-testid="viewer">
        <UserOutlined />
        <Typography.Text strong>{viewer.displayName}</Typography.Text>
        <RoleTags roles={viewer.roles} />
      </Space>
    );
  }
  const roles = viewer.roles.map((role) => t(`roles.${role}`));
  return (
    <span data-testid="viewer">
      <Popover
        trigger="click"
        placement="bottomRight"
        content={
          <Flex vertical gap={8}>
            <Typography.Text strong>{viewer.displayName}</Typography.Text>
            <Flex wrap gap={4}>
              <RoleTags roles={viewer.roles} />
            </Flex>
          </Flex>
        }
      >
        <Button
          type="text"
          icon={<UserOutlined />}
          aria-label={t('header.viewer', { name: viewer.displayName, roles })}
        />
      </Popover>
    </span>
  );
}

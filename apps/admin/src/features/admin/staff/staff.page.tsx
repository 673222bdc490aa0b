import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Flex, Input, Popconfirm, Segmented, Space, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../app/auth/use-viewer';
import {
  AdminStaffMembersDocument,
  DeactivateStaffMemberDocument,
  ReactivateStaffMemberDocument,
  type StaffMemberRowFragment,
} from '../../../gql/graphql';
import { ConnectionTable } from '../../../shared/connection-table';
import { formatDateTime } from '../../../shared/dates';
import { useCursorStack } from '../../../shared/use-cursor-stack';
import { useSearchAsYouType } from '../../../shared/use-debounced-value';
import { ActiveTag } from '../shared/active-tag';
import { AdminPageHeader } from '../shared/admin-page-header';
import { CreateStaffForm, EditStaffForm } from './staff-form';

const PAGE_SIZE = 30;
type ActiveFilter = 'active' | 'inactive' | 'all';

/** 無効にする / 再有効化, each confirmed; a refusal (yourself, the last admin) shown as a message. */
function ActivationButton({
  staffMember,
  isSelf,
}: {
  staffMember: StaffMemberRowFragment;
  isSelf: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [deactivate, deactivating] = useMutation(DeactivateStaffMemberDocument);
  const [reactivate, reactivating] = useMutation(ReactivateStaffMemberDocument);
  const name = staffMember.displayName;
  const run = async () => {
    const input = { staffMemberId: staffMember.id };
    try {
      const payload = staffMember.active
        ? (await deactivate({ variables: { input } })).data?.deactivateStaffMember
        : (await reactivate({ variables: { input } })).data?.reactivateStaffMember;
      const errors = payload?.userErrors ?? [];
      if (errors.length > 0 || !payload?.staffMember) {
        void message.error(errors.map((e) => e.message).join(' ') || t('common.unknownError'));
      } else {
        void message.success(
          t(staffMember.active ? 'admin.staff.deactivated' : 'admin.staff.reactivated', { name }),
        );
      }
    } catch {
      void message.error(t('common.networkError'));
    }
  };
  if (staffMember.active && isSelf) {
    return (
      <Tooltip title={t('admin.staff.self')}>
        <Button size="small" danger disabled>
          {t('admin.staff.deactivate')}
        </Button>
      </Tooltip>
    );
  }
  return (
    <Popconfirm
      title={t(
        staffMember.active ? 'admin.staff.deactivateConfirm' : 'admin.staff.reactivateConfirm',
        { name },
      )}
      okText={t(staffMember.active ? 'admin.staff.deactivate' : 'admin.staff.reactivate')}
      okButtonProps={{ danger: staffMember.active }}
      cancelText={t('admin.common.cancel')}
      onConfirm={() => run()}
    >
      <Button
        size="small"
        danger={staffMember.active}
        loading={deactivating.loading || reactivating.loading}
      >
        {t(staffMember.active ? 'admin.staff.deactivate' : 'admin.staff.reactivate')}
      </Button>
    </Popconfirm>
  );
}

/** 管理 › スタッフ: the staff accounts, searchable, with their roles; add, edit, (de)activate. */
export function StaffPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { viewer } = useViewer();
  const [search, setSearch] = useState('');
  const searchBox = useSearchAsYouType(search, setSearch);
  const [active, setActive] = useState<ActiveFilter>('active');
  const [drawer, setDrawer] = useState<'create' | StaffMemberRowFragment | null>(null);
  const filter = {
    search: search || null,
    active: active === 'all' ? null : active === 'active',
  };
  const cursors = useCursorStack(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(AdminStaffMembersDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.staffMembers;

  const columns: ColumnsType<StaffMemberRowFragment> = [
    {
      key: 'displayName',
      title: t('admin.staff.displayName'),
      render: (_, s) => (
        <Space size={4}>
          {s.displayName}
          {s.email === viewer?.email && <Tag>{t('admin.staff.you')}</Tag>}
        </Space>
      ),
    },
    { key: 'email', title: t('admin.staff.email'), dataIndex: 'email' },
    {
      key: 'roles',
      title: t('admin.staff.roles'),
      render: (_, s) => (
        <Space size={4} wrap>
          {(s.roles ?? []).map((role) => (
            <Tag key={role}>{t(`roles.${role}`)}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'active',
      title: t('admin.common.status'),
      width: 90,
      render: (_, s) => (
        <ActiveTag
          active={s.active}
          activeLabel={t('admin.common.active')}
          inactiveLabel={t('admin.common.inactive')}
        />
      ),
    },
    {
      key: 'lastLoginAt',
      title: t('admin.staff.lastLoginAt'),
      width: 160,
      render: (_, s) => (
        <span className="kizuna-tabular">
          {formatDateTime(s.lastLoginAt) ?? t('admin.staff.neverLoggedIn')}
        </span>
      ),
    },
    {
      key: 'createdAt',
      title: t('admin.common.createdAt'),
      width: 160,
      render: (_, s) => <span className="kizuna-tabular">{formatDateTime(s.createdAt)}</span>,
    },
    {
      key: 'actions',
      title: t('admin.common.actions'),
      width: 200,
      render: (_, s) => (
        <Space size={4}>
          <Button size="small" onClick={() => setDrawer(s)}>
            {t('admin.common.edit')}
          </Button>
          <ActivationButton staffMember={s} isSelf={s.email === viewer?.email} />
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <AdminPageHeader
        title={t('admin.staff.title')}
        description={t('admin.staff.description')}
        action={
          <Button type="primary" onClick={() => setDrawer('create')}>
            {t('admin.staff.create')}
          </Button>
        }
      />
      <Space wrap>
        <Input.Search
          allowClear
          style={{ width: 320 }}
          placeholder={t('admin.staff.searchPlaceholder')}
          aria-label={t('admin.staff.searchPlaceholder')}
          {...searchBox}
        />
        <Segmented<ActiveFilter>
          value={active}
          onChange={setActive}
          options={[
            { value: 'active', label: t('admin.common.active') },
            { value: 'inactive', label: t('admin.common.inactive') },
            { value: 'all', label: t('admin.common.all') },
          ]}
        />
      </Space>
      <ConnectionTable<StaffMemberRowFragment>
        connection={connection}
        error={error}
        loading={loading}
        stale={!data}
        onRetry={() => void refetch()}
        cursors={cursors}
        emptyText={t('admin.staff.empty')}
        columns={columns}
        scroll={{ x: 1100 }}
        data-testid="staff-table"
      />
      {drawer === 'create' && (
        <CreateStaffForm
          onClose={() => setDrawer(null)}
          onDone={() => {
            setDrawer(null);
            void message.success(t('admin.common.created'));
          }}
        />
      )}
      {drawer !== null && drawer !== 'create' && (
        <EditStaffForm
          staffMember={drawer}
          onClose={() => setDrawer(null)}
          onDone={() => {
            setDrawer(null);
            void message.success(t('admin.common.saved'));
          }}
        />
      )}
    </Flex>
  );
}

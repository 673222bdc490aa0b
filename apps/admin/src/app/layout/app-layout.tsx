import {
  HomeOutlined,
  LogoutOutlined,
  TeamOutlined,
  UserAddOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Flex, Layout, Menu, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { AppLayoutDocument, LogoutDocument, type StaffRole } from '../../gql/graphql';
import { authToken } from '../auth/auth-token';
import { LanguageSwitch } from './language-switch';

const ROLE_COLORS: Record<StaffRole, string> = {
  OPERATOR: 'geekblue',
  CHECKER: 'purple',
  ANALYST: 'cyan',
  ADMIN: 'volcano',
};

/** The menu entry a path belongs to. */
function selectedMenuKey(pathname: string): string {
  if (pathname.startsWith('/trials')) return '/trials/new';
  if (pathname.startsWith('/customers')) return '/customers';
  return '/';
}

/** Side menu, header with the signed-in staff member, and the current screen. */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data } = useQuery(AppLayoutDocument);
  const [logout] = useMutation(LogoutDocument);
  const viewer = data?.viewer;

  const signOut = async () => {
    try {
      await logout();
    } catch {
      // The session may already be gone; signing out locally is what matters.
    }
    authToken.clear();
    await client.clearStore();
    await navigate('/login');
  };

  const menuItems = [
    { key: '/', icon: <HomeOutlined />, label: <Link to="/">{t('nav.home')}</Link> },
    {
      key: '/customers',
      icon: <TeamOutlined />,
      label: <Link to="/customers">{t('nav.customers')}</Link>,
    },
    {
      key: '/trials/new',
      icon: <UserAddOutlined />,
      label: <Link to="/trials/new">{t('nav.startTrial')}</Link>,
    },
  ];

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={220} breakpoint="lg" collapsedWidth={0}>
        <div className="kizuna-brand">
          <span className="kizuna-brand__mark">絆</span>
          <span className="kizuna-brand__name">{t('app.name')}</span>
        </div>
        <Menu
          theme="dark"
          mode="inline"
          selectedKeys={[selectedMenuKey(location.pathname)]}
          items={menuItems}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', paddingInline: 24, borderBottom: '1px solid #e5e7eb' }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
            <Space size="middle">
              <LanguageSwitch />
              {viewer && (
                <Space size={4} data-testid="viewer">
                  <UserOutlined />
                  <Typography.Text strong>{viewer.displayName}</Typography.Text>
                  {viewer.roles.map((role) => (
                    <Tooltip key={role} title={t(`roles.${role}`)}>
                      <Tag color={ROLE_COLORS[role]} style={{ marginInlineEnd: 0 }}>
                        {role}
                      </Tag>
                    </Tooltip>
                  ))}
                </Space>
              )}
              <Button icon={<LogoutOutlined />} onClick={() => void signOut()}>
                {t('header.logout')}
              </Button>
            </Space>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

import {
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FallOutlined,
  FileDoneOutlined,
  FundOutlined,
  HistoryOutlined,
  HomeOutlined,
  IdcardOutlined,
  LineChartOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  UserAddOutlined,
  UserOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Button, Flex, Grid, Layout, Menu, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ADMIN_PAGES } from '../../features/admin/admin-pages';
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
  if (pathname.startsWith('/leads')) return '/leads/new';
  if (pathname.startsWith('/requests/check') || pathname.endsWith('/check'))
    return '/requests/check';
  if (pathname.startsWith('/requests')) return '/requests/mine';
  if (pathname.startsWith('/customers') || pathname.startsWith('/certificates'))
    return '/customers';
  if (pathname.startsWith('/near-misses/report')) return '/near-misses/report';
  if (pathname.startsWith('/near-misses')) return '/near-misses';
  if (pathname.startsWith('/audit')) return '/audit';
  if (pathname.startsWith('/surveys')) return '/surveys';
  if (pathname.startsWith('/churn')) return '/churn';
  if (pathname.startsWith('/economics')) return '/economics';
  if (pathname.startsWith('/usage')) return '/usage';
  if (pathname.startsWith('/sla')) return '/sla';
  if (pathname.startsWith('/admin/')) return pathname.split('/').slice(0, 3).join('/');
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
  const can = (permission: string) => viewer?.permissions.includes(permission) ?? false;
  // Below 576 px the header keeps only what fits: language, roles and an icon to sign out.
  const narrow = !Grid.useBreakpoint().sm;

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
    // Only for staff who may start one (analysts and checkers may not).
    ...(can('customers:write')
      ? [
          {
            key: '/trials/new',
            icon: <UserAddOutlined />,
            label: <Link to="/trials/new">{t('nav.startTrial')}</Link>,
          },
          {
            key: '/leads/new',
            icon: <IdcardOutlined />,
            label: <Link to="/leads/new">{t('nav.createLead')}</Link>,
          },
        ]
      : []),
    ...(can('provisioning:write')
      ? [
          {
            key: '/requests/mine',
            icon: <FileDoneOutlined />,
            label: <Link to="/requests/mine">{t('nav.myRequests')}</Link>,
          },
        ]
      : []),
    ...(viewer?.roles.includes('CHECKER')
      ? [
          {
            key: '/requests/check',
            icon: <AuditOutlined />,
            label: <Link to="/requests/check">{t('nav.checkQueue')}</Link>,
          },
        ]
      : []),
    ...(can('provisioning:read')
      ? [
          {
            key: '/near-misses',
            icon: <WarningOutlined />,
            label: <Link to="/near-misses">{t('nav.nearMisses')}</Link>,
          },
          {
            key: '/near-misses/report',
            icon: <BarChartOutlined />,
            label: <Link to="/near-misses/report">{t('nav.nearMissReport')}</Link>,
          },
        ]
      : []),
    ...(can('surveys:read')
      ? [
          {
            key: '/surveys',
            icon: <LineChartOutlined />,
            label: <Link to="/surveys/nps">{t('surveys.nav')}</Link>,
          },
        ]
      : []),
    // Churn analysis: for whoever reads reports and may read what the report needs.
    ...(can('surveys:read') && can('customers:read')
      ? [
          {
            key: '/churn',
            icon: <FallOutlined />,
            label: <Link to="/churn">{t('churn.nav')}</Link>,
          },
        ]
      : []),
    // Economics: the revenue report's permission (analysts and admins).
    ...(can('revenue:read')
      ? [
          {
            key: '/economics',
            icon: <FundOutlined />,
            label: <Link to="/economics">{t('economics.nav')}</Link>,
          },
        ]
      : []),
    // Usage (DAU, storage): usageReport's permission (operators, analysts, admins).
    ...(can('usage:read')
      ? [
          {
            key: '/usage',
            icon: <DashboardOutlined />,
            label: <Link to="/usage">{t('usage.nav')}</Link>,
          },
        ]
      : []),
    // SLA month view: slaReport's permission (analysts and admins); recording needs sla:write.
    ...(can('revenue:read')
      ? [
          {
            key: '/sla',
            icon: <SafetyCertificateOutlined />,
            label: <Link to="/sla">{t('sla.nav')}</Link>,
          },
        ]
      : []),
    ...(can('audit:read')
      ? [
          {
            key: '/audit',
            icon: <HistoryOutlined />,
            label: <Link to="/audit">{t('nav.audit')}</Link>,
          },
        ]
      : []),
    // Administration (staff, API keys, catalog, surveys): the ADMIN role, as the API requires.
    ...(viewer?.roles.includes('ADMIN')
      ? [
          {
            key: 'admin',
            icon: <SettingOutlined />,
            label: t('admin.nav'),
            children: ADMIN_PAGES.map((page) => ({
              key: `/admin/${page.path}`,
              label: <Link to={`/admin/${page.path}`}>{t(page.label)}</Link>,
            })),
          },
        ]
      : []),
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
          defaultOpenKeys={location.pathname.startsWith('/admin/') ? ['admin'] : []}
          items={menuItems}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', paddingInline: 24, borderBottom: '1px solid #e5e7eb' }}
        >
          <Flex justify="space-between" align="center" style={{ height: '100%' }}>
            {narrow ? (
              <span />
            ) : (
              <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
            )}
            <Space size="middle">
              <LanguageSwitch />
              {viewer && (
                <Space size={4} data-testid="viewer">
                  <UserOutlined />
                  {!narrow && <Typography.Text strong>{viewer.displayName}</Typography.Text>}
                  {viewer.roles.map((role) => (
                    <Tooltip key={role} title={t(`roles.${role}`)}>
                      <Tag color={ROLE_COLORS[role]} style={{ marginInlineEnd: 0 }}>
                        {role}
                      </Tag>
                    </Tooltip>
                  ))}
                </Space>
              )}
              <Button
                icon={<LogoutOutlined />}
                aria-label={t('header.logout')}
                onClick={() => void signOut()}
              >
                {narrow ? null : t('header.logout')}
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

import {
  AuditOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FallOutlined,
  FileDoneOutlined,
  FundOutlined,
  HeartOutlined,
  HistoryOutlined,
  HomeOutlined,
  IdcardOutlined,
  LineChartOutlined,
  LogoutOutlined,
  MenuOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
  UserAddOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import {
  Button,
  Drawer,
  Flex,
  Grid,
  Layout,
  Menu,
  type MenuProps,
  Skeleton,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { ADMIN_PAGES } from '../../features/admin/admin-pages';
import { CUSTOMER_SUCCESS_ROLES } from '../../features/customer-success/customer-success.page';
import { AppLayoutDocument, LogoutDocument } from '../../gql/graphql';
import { authToken } from '../auth/auth-token';
import { LanguageSwitch } from './language-switch';
import { SkipLink } from './skip-link';
import { ViewerBadge } from './viewer-badge';

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
  if (pathname.startsWith('/customer-success')) return '/customer-success';
  if (pathname.startsWith('/economics')) return '/economics';
  if (pathname.startsWith('/usage')) return '/usage';
  if (pathname.startsWith('/sla')) return '/sla';
  if (pathname.startsWith('/admin/')) return pathname.split('/').slice(0, 3).join('/');
  return '/';
}

/** The console's name in the side menu and the phone menu. */
function Brand() {
  const { t } = useTranslation();
  return (
    <div className="kizuna-brand">
      <span className="kizuna-brand__mark">絆</span>
      <span className="kizuna-brand__name">{t('app.name')}</span>
    </div>
  );
}

/**
 * Skip link, side menu (a drawer below 992 px), header with the signed-in staff member, and the
 * current screen in `main`.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const { data, previousData } = useQuery(AppLayoutDocument);
  const [logout] = useMutation(LogoutDocument);
  // While the store is refetched (a language switch), keep the viewer already known.
  const viewer = (data ?? previousData)?.viewer;
  const can = (permission: string) => viewer?.permissions.includes(permission) ?? false;
  const screens = Grid.useBreakpoint();
  // Below 992 px the menu is a drawer opened from the header; below 1200 px the roles fold into
  // one button; below 576 px the header keeps only icons.
  const drawerMenu = !screens.lg;
  const compactViewer = !screens.xl;
  const phone = !screens.sm;
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);

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

  const menuItems: NonNullable<MenuProps['items']> = [
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
    // Customer health (9-cell map, at-risk list): the analyst and admin roles.
    ...(CUSTOMER_SUCCESS_ROLES.some((role) => viewer?.roles.includes(role))
      ? [
          {
            key: '/customer-success',
            icon: <HeartOutlined />,
            label: <Link to="/customer-success">{t('customerSuccess.nav')}</Link>,
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

  // Until the viewer is known the menu's items are not: a skeleton, never a menu that grows.
  const menu = (theme: 'dark' | 'light') =>
    viewer ? (
      <nav aria-label={t('header.sideMenu')}>
        <Menu
          theme={theme}
          mode="inline"
          selectedKeys={[selectedMenuKey(location.pathname)]}
          defaultOpenKeys={location.pathname.startsWith('/admin/') ? ['admin'] : []}
          items={menuItems}
          onClick={() => setMenuOpen(false)}
        />
      </nav>
    ) : (
      <div className="kizuna-menu-loading" data-testid="menu-loading" aria-busy="true">
        <Skeleton active title={false} paragraph={{ rows: 6, width: '80%' }} />
      </div>
    );

  return (
    <>
      <SkipLink target="main" />
      <Layout style={{ minHeight: '100vh' }}>
        {!drawerMenu && (
          <Layout.Sider width={220}>
            <Brand />
            {menu('dark')}
          </Layout.Sider>
        )}
        <Layout>
          <Layout.Header className="kizuna-header">
            <Flex align="center" gap={8} className="kizuna-header__start">
              {drawerMenu && (
                <Button
                  type="text"
                  icon={<MenuOutlined />}
                  aria-label={t('header.openMenu')}
                  aria-expanded={menuOpen}
                  onClick={() => setMenuOpen(true)}
                />
              )}
              {!phone && (
                <Typography.Text type="secondary" ellipsis>
                  {t('app.subtitle')}
                </Typography.Text>
              )}
            </Flex>
            <Flex align="center" gap={phone ? 8 : 16} className="kizuna-header__end">
              <LanguageSwitch />
              {viewer && <ViewerBadge viewer={viewer} compact={compactViewer} />}
              <Button
                icon={<LogoutOutlined />}
                aria-label={t('header.logout')}
                onClick={() => void signOut()}
              >
                {phone ? null : t('header.logout')}
              </Button>
            </Flex>
          </Layout.Header>
          <Layout.Content id="main" tabIndex={-1} className="kizuna-main">
            <Outlet />
          </Layout.Content>
        </Layout>
      </Layout>
      {drawerMenu && (
        <Drawer
          placement="left"
          size={260}
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          title={<Brand />}
          styles={{ body: { padding: 0 } }}
        >
          {menu('light')}
        </Drawer>
      )}
    </>
  );
}

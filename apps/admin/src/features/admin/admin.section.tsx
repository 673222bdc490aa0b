import { Flex, Result, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useViewer } from '../../app/auth/use-viewer';
import { LoadingState } from '../../shared/page-states';
import { ADMIN_PAGES } from './admin-pages';
import { ApiKeysPage } from './api-keys/api-keys.page';
import { CatalogPage } from './catalog/catalog.page';
import { HealthSettingsPage } from './health-settings/health-settings.page';
import { StaffPage } from './staff/staff.page';
import { SurveyAdminPage } from './surveys/survey-admin.page';
import { WebhookDisabledBanner } from './webhooks/webhook-disabled-banner';
import { WebhookEndpointPage } from './webhooks/webhook-endpoint.page';
import { WebhooksPage } from './webhooks/webhooks.page';

/** /admin/*: staff, API keys, catalog, surveys and webhooks, for administrators only (the API checks too). */
export function AdminSection() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { viewer, loading, hasRole } = useViewer();
  if (!viewer && loading) return <LoadingState />;
  if (!hasRole('ADMIN')) return <Result status="403" title={t('admin.notAllowed')} />;
  const segment = location.pathname.split('/')[2] ?? '';
  const active = ADMIN_PAGES.some((p) => p.path === segment) ? segment : 'staff';
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('admin.title')}
      </Typography.Title>
      <WebhookDisabledBanner />
      <Tabs
        activeKey={active}
        onChange={(key) => void navigate(`/admin/${key}`)}
        items={ADMIN_PAGES.map((p) => ({ key: p.path, label: t(p.label) }))}
      />
      <Routes>
        <Route index element={<Navigate to="staff" replace />} />
        <Route path="staff" element={<StaffPage />} />
        <Route path="api-keys" element={<ApiKeysPage />} />
        <Route path="catalog" element={<CatalogPage />} />
        <Route path="surveys" element={<SurveyAdminPage />} />
        <Route path="webhooks" element={<WebhooksPage />} />
        <Route path="webhooks/:endpointId" element={<WebhookEndpointPage />} />
        <Route path="health-settings" element={<HealthSettingsPage />} />
        <Route path="*" element={<Navigate to="staff" replace />} />
      </Routes>
    </Flex>
  );
}

/** The pages of 管理 by path segment (/admin/api-keys), with their labels (tabs and side menu). */
export const ADMIN_PAGES = [
  { path: 'staff', label: 'admin.tabs.staff' },
  { path: 'api-keys', label: 'admin.tabs.apiKeys' },
  { path: 'catalog', label: 'admin.tabs.catalog' },
  { path: 'surveys', label: 'admin.tabs.surveys' },
  { path: 'webhooks', label: 'webhooks.nav' },
  { path: 'health-settings', label: 'healthSettings.tab' },
] as const;

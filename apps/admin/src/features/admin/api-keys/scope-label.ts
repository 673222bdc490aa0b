import { useTranslation } from 'react-i18next';

/**
 * The label of a scope (customers:read → 顧客の参照), or the scope itself if it has none. Looked
 * up in an object: the colon of a scope would be read as i18next's namespace separator in a key.
 */
export function useScopeLabel() {
  const { t } = useTranslation();
  const labels: Record<string, string> = t('admin.apiKeys.scopeLabels', { returnObjects: true });
  return (scope: string) => labels[scope] ?? scope;
}

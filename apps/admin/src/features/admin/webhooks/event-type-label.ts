import { useTranslation } from 'react-i18next';

/**
 * Labels of event types (customer.trial_started → トライアル開始) and of their groups (customer →
 * 顧客), or the code itself when there is none: the list of types comes from the API, which may
 * know more than these messages. Looked up in objects: the dot of a type would be read as a
 * key separator by i18next.
 */
export function useEventTypeLabels() {
  const { t } = useTranslation();
  const types: Record<string, string> = t('webhooks.eventTypeLabels', { returnObjects: true });
  const groups: Record<string, string> = t('webhooks.groups', { returnObjects: true });
  return {
    typeLabel: (type: string) => types[type] ?? type,
    groupLabel: (prefix: string) => groups[prefix] ?? prefix,
  };
}

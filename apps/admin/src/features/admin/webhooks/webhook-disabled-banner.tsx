import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { WebhookDisabledBannerDocument } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/dates';
import { autoDisabledEndpoints, stopKey } from './webhook-status';

const DISMISSED_KEY = 'kizuna.webhooks.dismissedStops';
const SHOWN = 3;

function readDismissed(): Set<string> {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? '[]');
    return new Set(Array.isArray(stored) ? stored.filter((s) => typeof s === 'string') : []);
  } catch {
    return new Set();
  }
}

/**
 * Above every page of 管理: the endpoints the system stopped by itself (410 Gone, five days of
 * failures), until they are resumed or the administrator dismisses this stop (remembered in this
 * browser; a later stop shows again).
 */
export function WebhookDisabledBanner() {
  const { t } = useTranslation();
  const { data } = useQuery(WebhookDisabledBannerDocument, { fetchPolicy: 'cache-and-network' });
  const [dismissed, setDismissed] = useState(readDismissed);
  const stopped = autoDisabledEndpoints(
    data?.webhookEndpoints.edges.map((e) => e.node) ?? [],
    dismissed,
  );
  if (stopped.length === 0) return null;
  const dismiss = () => {
    const next = new Set([...dismissed, ...stopped.map(stopKey)]);
    localStorage.setItem(DISMISSED_KEY, JSON.stringify([...next]));
    setDismissed(next);
  };
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      data-testid="webhook-disabled-banner"
      title={t('webhooks.autoDisabledTitle')}
      description={
        <Flex vertical gap={4}>
          <span>{t('webhooks.autoDisabledDetail')}</span>
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {stopped.slice(0, SHOWN).map((e) => (
              <li key={e.id}>
                <Link to={`/admin/webhooks/${encodeURIComponent(e.id)}`}>
                  <Typography.Text code style={{ wordBreak: 'break-all' }}>
                    {e.url}
                  </Typography.Text>
                </Link>{' '}
                {e.disabledReason && t(`webhooks.disabledReasons.${e.disabledReason}`)}
                {e.disabledAt && ` (${formatDateTime(e.disabledAt)})`}
              </li>
            ))}
          </ul>
          {stopped.length > SHOWN && (
            <span>{t('webhooks.autoDisabledMore', { count: stopped.length - SHOWN })}</span>
          )}
          <Space wrap size={12}>
            <Link to="/admin/webhooks">{t('webhooks.autoDisabledOpen')}</Link>
            <Button size="small" onClick={dismiss}>
              {t('webhooks.dismiss')}
            </Button>
          </Space>
        </Flex>
      }
    />
  );
}

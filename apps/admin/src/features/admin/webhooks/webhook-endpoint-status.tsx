import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WebhookEndpointRowFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/dates';
import { useEventTypeLabels } from './event-type-label';
import { endpointState } from './webhook-status';

/** 有効 / 停止中 with why it stopped (and when), or since when an active endpoint has been failing. */
export function WebhookEndpointStatus({ endpoint }: { endpoint: WebhookEndpointRowFragment }) {
  const { t } = useTranslation();
  const state = endpointState(endpoint);
  if (state.kind === 'ENABLED') {
    return (
      <Flex vertical gap={2} align="start">
        <Tag color="green">{t('webhooks.statusEnabled')}</Tag>
        {state.failingSince && (
          <Typography.Text type="warning">
            {t('webhooks.failingSince', { date: formatDateTime(state.failingSince) })}
          </Typography.Text>
        )}
      </Flex>
    );
  }
  const automatic = state.reason !== 'MANUAL';
  return (
    <Flex vertical gap={2} align="start">
      <Tag color={automatic ? 'red' : 'default'}>{t('webhooks.statusDisabled')}</Tag>
      <Typography.Text type={automatic ? 'danger' : 'secondary'}>
        {t(`webhooks.disabledReasons.${state.reason}`)}
      </Typography.Text>
      {state.disabledAt && (
        <Typography.Text type="secondary" className="kizuna-tabular">
          {t('webhooks.disabledAt', { date: formatDateTime(state.disabledAt) })}
        </Typography.Text>
      )}
    </Flex>
  );
}

/** The event types as tags, or すべてのイベント when it takes every type. */
export function EventTypeTags({ eventTypes }: { eventTypes: readonly string[] }) {
  const { t } = useTranslation();
  const { typeLabel } = useEventTypeLabels();
  if (eventTypes.length === 0) return <Tag color="blue">{t('webhooks.allEvents')}</Tag>;
  return (
    <Flex gap={4} wrap>
      {eventTypes.map((type) => (
        <Tag key={type} title={type} style={{ marginInlineEnd: 0 }}>
          {typeLabel(type)}
        </Tag>
      ))}
    </Flex>
  );
}

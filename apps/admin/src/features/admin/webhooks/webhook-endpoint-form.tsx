import { useMutation, useQuery } from '@apollo/client/react';
import { WEBHOOK_DESCRIPTION_MAX, WEBHOOK_URL_MAX } from '@kizuna/domain';
import { Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CreateWebhookEndpointDocument,
  UpdateWebhookEndpointDocument,
  type WebhookEndpointRowFragment,
  WebhookEventTypesDocument,
} from '../../../gql/graphql';
import { FormDrawer } from '../shared/form-drawer';
import { useEventTypeLabels } from './event-type-label';
import {
  checkWebhookEndpoint,
  groupEventTypes,
  serializeCreateWebhookEndpoint,
  serializeUpdateWebhookEndpoint,
  WEBHOOK_ENDPOINT_FIELDS,
  type WebhookEndpointValues,
} from './webhook-endpoint.serializer';
import { WebhookSecret } from './webhook-secret';

/** The event types the API offers (none while they load). */
function useEventTypes(): string[] {
  const { data } = useQuery(WebhookEventTypesDocument);
  return data?.webhookEventTypes ?? [];
}

/** URL, event types (grouped by what they are about) and description. */
function EndpointFields({ eventTypes }: { eventTypes: readonly string[] }) {
  const { t } = useTranslation();
  const { typeLabel, groupLabel } = useEventTypeLabels();
  return (
    <>
      <Form.Item name="url" label={t('webhooks.url')} extra={t('webhooks.urlHelp')} required>
        <Input
          type="url"
          inputMode="url"
          autoComplete="off"
          autoFocus
          maxLength={WEBHOOK_URL_MAX}
          placeholder={t('webhooks.urlPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="eventTypes"
        label={t('webhooks.eventTypes')}
        extra={t('webhooks.eventTypesHelp')}
      >
        <Select
          mode="multiple"
          allowClear
          placeholder={t('webhooks.eventTypesPlaceholder')}
          optionFilterProp="search"
          options={groupEventTypes(eventTypes).map((group) => ({
            label: groupLabel(group.prefix),
            title: groupLabel(group.prefix),
            options: group.types.map((type) => ({
              value: type,
              label: typeLabel(type),
              search: `${typeLabel(type)} ${type}`,
            })),
          }))}
          optionRender={(option) => (
            <span>
              {option.label} <code>{option.value}</code>
            </span>
          )}
        />
      </Form.Item>
      <Form.Item name="description" label={t('webhooks.descriptionLabel')}>
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={WEBHOOK_DESCRIPTION_MAX}
          placeholder={t('webhooks.descriptionPlaceholder')}
        />
      </Form.Item>
    </>
  );
}

/**
 * Add an endpoint: the form in a drawer, then its signing secret, shown once. The mutation's
 * answer stays out of the Apollo cache so that the secret lives only as long as this dialog.
 */
export function CreateWebhookEndpointFlow({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const eventTypes = useEventTypes();
  const [secret, setSecret] = useState<string | null>(null);
  const [create] = useMutation(CreateWebhookEndpointDocument, {
    fetchPolicy: 'no-cache',
    refetchQueries: ['AdminWebhookEndpoints'],
  });
  if (secret !== null) return <WebhookSecret secret={secret} rotated={false} onClose={onClose} />;
  return (
    <FormDrawer<WebhookEndpointValues, string>
      title={t('webhooks.create')}
      okText={t('webhooks.create')}
      fields={WEBHOOK_ENDPOINT_FIELDS}
      initialValues={{ url: '', eventTypes: [], description: '' }}
      check={(values) => checkWebhookEndpoint(values, eventTypes)}
      send={async (values) => {
        const { data } = await create({
          variables: { input: serializeCreateWebhookEndpoint(values, eventTypes) },
        });
        const payload = data?.createWebhookEndpoint;
        return payload && { result: payload.secret, userErrors: payload.userErrors };
      }}
      onDone={setSecret}
      onClose={onClose}
      width={600}
    >
      <EndpointFields eventTypes={eventTypes} />
    </FormDrawer>
  );
}

/** Change an endpoint's URL, event types or description (its secret and status stay). */
export function EditWebhookEndpointForm({
  endpoint,
  onDone,
  onClose,
}: {
  endpoint: WebhookEndpointRowFragment;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const eventTypes = useEventTypes();
  const [update] = useMutation(UpdateWebhookEndpointDocument);
  return (
    <FormDrawer<WebhookEndpointValues, WebhookEndpointRowFragment>
      title={t('webhooks.editTitle')}
      okText={t('admin.common.save')}
      fields={WEBHOOK_ENDPOINT_FIELDS}
      initialValues={{
        url: endpoint.url,
        eventTypes: [...endpoint.eventTypes],
        description: endpoint.description,
      }}
      check={(values) => checkWebhookEndpoint(values, eventTypes)}
      send={async (values) => {
        const { data } = await update({
          variables: { input: serializeUpdateWebhookEndpoint(endpoint.id, values, eventTypes) },
        });
        const payload = data?.updateWebhookEndpoint;
        return payload && { result: payload.webhookEndpoint, userErrors: payload.userErrors };
      }}
      onDone={onDone}
      onClose={onClose}
      width={600}
    >
      <EndpointFields eventTypes={eventTypes} />
    </FormDrawer>
  );
}

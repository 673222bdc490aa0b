import { useMutation } from '@apollo/client/react';
import { API_KEY_SCOPES } from '@kizuna/domain';
import { Checkbox, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateApiKeyDocument } from '../../../gql/graphql';
import { EffectiveDatePicker } from '../../provisioning/shared/effective-date-picker';
import { FormDrawer } from '../shared/form-drawer';
import { ApiKeySecret } from './api-key-secret';
import {
  CREATE_API_KEY_FIELDS,
  checkCreateApiKey,
  type CreateApiKeyValues,
  serializeCreateApiKey,
} from './create-api-key.serializer';
import { useScopeLabel } from './scope-label';

/**
 * Create an API key: the form in a drawer, then the key itself, shown once. The mutation's answer
 * is kept out of the Apollo cache so that the key lives only as long as this dialog.
 */
export function CreateApiKeyFlow({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const scopeLabel = useScopeLabel();
  const [secret, setSecret] = useState<string | null>(null);
  const [create] = useMutation(CreateApiKeyDocument, {
    fetchPolicy: 'no-cache',
    refetchQueries: ['AdminApiKeys'],
  });
  if (secret !== null) return <ApiKeySecret secret={secret} onClose={onClose} />;
  return (
    <FormDrawer<CreateApiKeyValues, string>
      title={t('admin.apiKeys.create')}
      okText={t('admin.apiKeys.create')}
      fields={CREATE_API_KEY_FIELDS}
      initialValues={{ scopes: [], expiresAt: null }}
      check={(values) => checkCreateApiKey(values, new Date())}
      send={async (values) => {
        const { data } = await create({ variables: { input: serializeCreateApiKey(values) } });
        const payload = data?.createApiKey;
        return payload && { result: payload.key, userErrors: payload.userErrors };
      }}
      onDone={setSecret}
      onClose={onClose}
    >
      <Form.Item name="name" label={t('admin.apiKeys.name')} required>
        <Input autoFocus maxLength={100} placeholder={t('admin.apiKeys.namePlaceholder')} />
      </Form.Item>
      <Form.Item
        name="scopes"
        label={t('admin.apiKeys.scopes')}
        extra={t('admin.apiKeys.scopesHelp')}
        required
      >
        <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
          {API_KEY_SCOPES.map((scope) => (
            <Checkbox key={scope} value={scope}>
              {scopeLabel(scope)} <code>{scope}</code>
            </Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
      <Form.Item
        name="expiresAt"
        label={t('admin.apiKeys.expiresOn')}
        extra={t('admin.apiKeys.expiresOnHelp')}
      >
        <EffectiveDatePicker />
      </Form.Item>
    </FormDrawer>
  );
}

import { useMutation } from '@apollo/client/react';
import { NEAR_MISS_CAUSES, NEAR_MISS_TRANSITIONS, type NearMissStatus } from '@kizuna/domain';
import { Alert, App, Button, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NearMissEditFormFragment, UpdateNearMissDocument } from '../../../gql/graphql';
import { applyFieldErrors, clearChangedFieldErrors } from '../../../shared/user-errors';
import { useNearMissLabels } from '../near-miss-labels';
import {
  NEAR_MISS_EDIT_FIELDS,
  type NearMissEditValues,
  serializeNearMissEdit,
} from './near-miss-edit.serializer';

/** The statuses a case may move to from here (and staying where it is). */
function statusChoices(current: NearMissStatus): NearMissStatus[] {
  return [current, ...NEAR_MISS_TRANSITIONS[current].to];
}

/** Cause, countermeasure (再発防止策), status and description; refusals on their fields. */
export function NearMissEditForm({ nearMiss }: { nearMiss: NearMissEditFormFragment }) {
  const { t } = useTranslation();
  const labels = useNearMissLabels();
  const { message } = App.useApp();
  const [form] = Form.useForm<NearMissEditValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const [update, { loading }] = useMutation(UpdateNearMissDocument);

  const submit = async (values: NearMissEditValues) => {
    setGeneral([]);
    try {
      const { data } = await update({
        variables: { input: serializeNearMissEdit(nearMiss.id, values) },
      });
      const payload = data?.updateNearMiss;
      if (payload?.nearMiss && payload.userErrors.length === 0) {
        void message.success(t('nearMisses.detail.saved'));
        return;
      }
      const errors = payload?.userErrors ?? [];
      const rest = applyFieldErrors(form, errors, NEAR_MISS_EDIT_FIELDS);
      setGeneral(rest.length > 0 || errors.length > 0 ? rest : [t('common.unknownError')]);
    } catch {
      setGeneral([t('common.networkError')]);
    }
  };

  return (
    <Form<NearMissEditValues>
      form={form}
      layout="vertical"
      noValidate
      aria-label={t('nearMisses.detail.analysis')}
      initialValues={{
        description: nearMiss.description,
        causeCategory: nearMiss.causeCategory,
        countermeasure: nearMiss.countermeasure ?? '',
        status: nearMiss.status,
      }}
      onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed)}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item name="status" label={t('nearMisses.columns.status')}>
        <Select
          style={{ maxWidth: 260 }}
          options={statusChoices(nearMiss.status).map((s) => ({
            value: s,
            label: t(`nearMisses.status.${s}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="causeCategory" label={t('nearMisses.columns.cause')}>
        <Select
          allowClear
          style={{ maxWidth: 320 }}
          placeholder={t('nearMisses.detail.causePlaceholder')}
          options={NEAR_MISS_CAUSES.map((c) => ({ value: c, label: labels.cause(c) }))}
        />
      </Form.Item>
      <Form.Item name="countermeasure" label={t('nearMisses.detail.countermeasure')}>
        <Input.TextArea
          rows={4}
          maxLength={2000}
          placeholder={t('nearMisses.detail.countermeasurePlaceholder')}
        />
      </Form.Item>
      <Form.Item name="description" label={t('nearMisses.detail.description')} required>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      {general.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('requests.form.fixErrors')}
          description={general.join(' ')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('nearMisses.detail.save')}
      </Button>
    </Form>
  );
}

import { useMutation } from '@apollo/client/react';
import { NEAR_MISS_TEXT_MAX, NEAR_MISS_TRANSITIONS, type NearMissStatus } from '@kizuna/domain';
import { App, Button, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type NearMissEditFormFragment,
  type NearMissErredSide,
  UpdateNearMissDocument,
} from '../../../gql/graphql';
import { FormErrorAlert, useFormErrors } from '../../../shared/form-errors';
import { clearChangedFieldErrors } from '../../../shared/user-errors';
import { NearMissCauseSelect } from '../near-miss-labels';
import {
  NEAR_MISS_EDIT_FIELDS,
  type NearMissEditValues,
  serializeNearMissEdit,
} from './near-miss-edit.serializer';

const ERRED_SIDES: readonly NearMissErredSide[] = ['MAKER', 'CHECKER', 'BOTH', 'UNKNOWN'];

/** The statuses a case may move to from here (and staying where it is). */
function statusChoices(current: NearMissStatus): NearMissStatus[] {
  return [current, ...NEAR_MISS_TRANSITIONS[current].to];
}

/** Cause, countermeasure (再発防止策), status and description; refusals on their fields. */
export function NearMissEditForm({ nearMiss }: { nearMiss: NearMissEditFormFragment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NearMissEditValues>();
  const formErrors = useFormErrors(form, NEAR_MISS_EDIT_FIELDS);
  const [update, { loading }] = useMutation(UpdateNearMissDocument);

  const submit = async (values: NearMissEditValues) => {
    formErrors.clear();
    try {
      const { data } = await update({
        variables: { input: serializeNearMissEdit(nearMiss.id, values) },
      });
      const payload = data?.updateNearMiss;
      if (payload?.nearMiss && payload.userErrors.length === 0) {
        void message.success(t('nearMisses.detail.saved'));
        return;
      }
      formErrors.showUserErrors(payload?.userErrors ?? []);
    } catch (error) {
      formErrors.showFailure(error);
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
        ...(nearMiss.source === 'AUTOMATIC' ? { erredSide: nearMiss.erredSide ?? null } : {}),
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
        <NearMissCauseSelect />
      </Form.Item>
      {nearMiss.source === 'AUTOMATIC' && (
        <Form.Item name="erredSide" label={t('nearMisses.detail.erredSide')}>
          <Select<NearMissErredSide>
            allowClear
            style={{ maxWidth: 260 }}
            placeholder={t('nearMisses.detail.erredSidePlaceholder')}
            options={ERRED_SIDES.map((side) => ({
              value: side,
              label: t(`nearMisses.detail.erredSides.${side}`),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item name="countermeasure" label={t('nearMisses.detail.countermeasure')}>
        <Input.TextArea
          rows={4}
          maxLength={NEAR_MISS_TEXT_MAX}
          placeholder={t('nearMisses.detail.countermeasurePlaceholder')}
        />
      </Form.Item>
      <Form.Item name="description" label={t('nearMisses.detail.description')} required>
        <Input.TextArea rows={3} maxLength={NEAR_MISS_TEXT_MAX} />
      </Form.Item>
      <FormErrorAlert title={t('requests.form.fixErrors')} messages={formErrors.general} />
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('nearMisses.detail.save')}
      </Button>
    </Form>
  );
}

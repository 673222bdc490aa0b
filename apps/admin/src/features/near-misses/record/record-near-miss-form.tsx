import { useMutation } from '@apollo/client/react';
import {
  CONFIRMATION_FIELDS,
  NEAR_MISS_KINDS,
  NEAR_MISS_TEXT_MAX,
  userError,
} from '@kizuna/domain';
import { Button, Col, Divider, Form, Input, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RecordNearMissDocument, type RecordNearMissMutation } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { toJstDateTimeInput } from '../../../shared/dates';
import { FormErrorAlert, useFormErrors } from '../../../shared/form-errors';
import { JstDateTimePicker } from '../../../shared/jst-date-time-picker';
import { clearChangedFieldErrors } from '../../../shared/user-errors';
import { useRequestLabels } from '../../provisioning/shared/request-labels';
import { NearMissCauseSelect, useNearMissLabels } from '../near-miss-labels';
import { CustomerSelect } from './customer-select';
import { RequestSelect } from './request-select';
import {
  RECORD_NEAR_MISS_FIELDS,
  type RecordNearMissValues,
  serializeRecordNearMiss,
} from './record-near-miss.serializer';

type RecordedNearMiss = NonNullable<RecordNearMissMutation['recordNearMiss']['nearMiss']>;

export interface RecordNearMissFormProps {
  onRecorded: (nearMiss: RecordedNearMiss) => void;
  onCancel?: () => void;
  /** Chosen beforehand (recording from a request's page). */
  customerId?: string | null;
  requestId?: string | null;
}

/**
 * A near-miss or incident recorded by hand: what happened, when (Tokyo time), for whom, and
 * optionally its cause and countermeasure. Only the description is checked here (the API refuses
 * it empty too); every other refusal is the API's, shown on the field it names.
 */
export function RecordNearMissForm({
  onRecorded,
  onCancel,
  customerId: initialCustomerId,
  requestId: initialRequestId,
}: RecordNearMissFormProps) {
  const { t, i18n } = useTranslation();
  const labels = useNearMissLabels();
  const requestLabels = useRequestLabels();
  const [form] = Form.useForm<RecordNearMissValues>();
  const formErrors = useFormErrors(form, RECORD_NEAR_MISS_FIELDS);
  const [initialValues] = useState<RecordNearMissValues>(() => ({
    kind: 'NEAR_MISS',
    occurredAt: toJstDateTimeInput(new Date()),
    customerId: initialCustomerId ?? null,
    requestId: (initialCustomerId && initialRequestId) || null,
    fields: [],
  }));
  const customerId = Form.useWatch('customerId', form);
  const [record, { loading }] = useMutation(RecordNearMissDocument, {
    // Every cached list, count and report of near-misses is out of date: read them again.
    update: (cache, { data }) => {
      if (!data?.recordNearMiss.nearMiss) return;
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'nearMisses' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'nearMissReport' });
      cache.gc();
    },
  });

  const submit = async (values: RecordNearMissValues) => {
    formErrors.clear();
    try {
      const { data } = await record({ variables: { input: serializeRecordNearMiss(values) } });
      const payload = data?.recordNearMiss;
      if (payload?.nearMiss && payload.userErrors.length === 0) {
        onRecorded(payload.nearMiss);
        return;
      }
      formErrors.showUserErrors(payload?.userErrors ?? []);
    } catch (error) {
      formErrors.showFailure(error);
    }
  };

  return (
    <Form<RecordNearMissValues>
      form={form}
      layout="vertical"
      // Our messages, not the browser's bubbles; a refused field gets the focus.
      noValidate
      scrollToFirstError={{ focus: true }}
      aria-label={t('nearMisses.record.title')}
      initialValues={initialValues}
      onValuesChange={(changed: Partial<RecordNearMissValues>) => {
        clearChangedFieldErrors(form, changed);
        // A request belongs to its customer: another customer, another request (and none of
        // the refusals about the one before).
        if ('customerId' in changed)
          form.setFields([{ name: 'requestId', value: null, errors: [] }]);
      }}
      onFinish={(values) => void submit(values)}
      style={{ maxWidth: 760 }}
    >
      <Divider titlePlacement="start">{t('nearMisses.detail.what')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t('nearMisses.columns.kind')} required>
            <Select
              autoFocus
              options={NEAR_MISS_KINDS.map((k) => ({ value: k, label: labels.kind(k) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="occurredAt"
            label={t('nearMisses.columns.occurredAt')}
            extra={t('nearMisses.record.occurredAtHelp')}
          >
            <JstDateTimePicker noFuture />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="description"
        label={t('nearMisses.detail.description')}
        rules={[
          {
            required: true,
            whitespace: true,
            message: pick(userError('REQUIRED').message, i18n.language),
          },
        ]}
      >
        <Input.TextArea
          rows={4}
          maxLength={NEAR_MISS_TEXT_MAX}
          showCount
          placeholder={t('nearMisses.record.descriptionPlaceholder')}
        />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="customerId" label={t('nearMisses.columns.customer')}>
            <CustomerSelect />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="requestId"
            label={t('nearMisses.record.requestId')}
            extra={t('nearMisses.record.requestIdHelp')}
          >
            <RequestSelect customerId={customerId} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="fields"
        label={t('nearMisses.record.fields')}
        extra={t('nearMisses.record.fieldsHelp')}
      >
        <Select
          mode="tags"
          // Typing a field's name (プラン) finds it; anything else becomes a field of its own.
          showSearch={{ optionFilterProp: 'label' }}
          tokenSeparators={[',', '、']}
          placeholder={t('nearMisses.record.fieldsPlaceholder')}
          options={CONFIRMATION_FIELDS.map((f) => ({ value: f, label: requestLabels.field(f) }))}
        />
      </Form.Item>

      <Divider titlePlacement="start">{t('nearMisses.detail.analysis')}</Divider>
      <Form.Item name="causeCategory" label={t('nearMisses.columns.cause')}>
        <NearMissCauseSelect />
      </Form.Item>
      <Form.Item
        name="countermeasure"
        label={t('nearMisses.detail.countermeasure')}
        extra={t('nearMisses.record.countermeasureHelp')}
      >
        <Input.TextArea
          rows={3}
          maxLength={NEAR_MISS_TEXT_MAX}
          placeholder={t('nearMisses.detail.countermeasurePlaceholder')}
        />
      </Form.Item>

      <FormErrorAlert title={t('nearMisses.record.notRecorded')} messages={formErrors.general} />
      <Space>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('nearMisses.record.submit')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('nearMisses.record.cancel')}</Button>}
      </Space>
    </Form>
  );
}

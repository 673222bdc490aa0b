import { useMutation } from '@apollo/client/react';
import { Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { RecordAvailabilityDocument, type RecordAvailabilityMutation } from '../../gql/graphql';
import { FormDrawer } from '../admin/shared/form-drawer';
import {
  checkRecordAvailability,
  RECORD_AVAILABILITY_FIELDS,
  type RecordAvailabilityValues,
  serializeRecordAvailability,
} from './record-availability.serializer';
import { lastEndedMonth } from './sla-params';
import { SlaMonthPicker } from './sla-month-picker';

export type RecordedAvailability = Omit<
  RecordAvailabilityMutation['recordAvailability'],
  'userErrors'
>;

/**
 * Record (or record again) what monitoring measured for a month and plan. Checked by the
 * domain's rule first; the API's refusals are shown on the fields they name.
 */
export function RecordAvailabilityForm({
  initialValues,
  plans,
  onDone,
  onClose,
  now = () => new Date(),
}: {
  initialValues: RecordAvailabilityValues;
  plans: readonly { code: string; name: string }[];
  onDone: (recorded: RecordedAvailability) => void;
  onClose: () => void;
  /** The clock of the month rule (tests move it). */
  now?: () => Date;
}) {
  const { t } = useTranslation();
  const [record] = useMutation(RecordAvailabilityDocument, {
    // The month's figures and the credit requests it raised.
    refetchQueries: ['SlaMonth', 'SlaCreditRequests'],
    awaitRefetchQueries: true,
  });
  return (
    <FormDrawer<RecordAvailabilityValues, RecordedAvailability>
      title={t('sla.record.title')}
      okText={t('sla.record.submit')}
      fields={RECORD_AVAILABILITY_FIELDS}
      initialValues={initialValues}
      check={(values) => checkRecordAvailability(values, now())}
      send={async (values) => {
        const { data } = await record({
          variables: { input: serializeRecordAvailability(values) },
        });
        const payload = data?.recordAvailability;
        if (!payload) return null;
        const { userErrors, ...recorded } = payload;
        return { result: recorded.availability ? recorded : null, userErrors };
      }}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item
        name="month"
        label={t('sla.record.month')}
        extra={t('sla.record.monthHelp')}
        required
      >
        <SlaMonthPicker latest={lastEndedMonth(now())} />
      </Form.Item>
      <Form.Item name="planCode" label={t('sla.record.plan')} required>
        <Select
          style={{ width: 200 }}
          options={plans.map((p) => ({ value: p.code, label: p.name }))}
        />
      </Form.Item>
      <Form.Item
        name="availabilityPercent"
        label={t('sla.record.percent')}
        extra={t('sla.record.percentHelp')}
        required
      >
        <InputNumber<number>
          step={0.001}
          suffix="%"
          style={{ width: 200 }}
          className="kizuna-tabular"
        />
      </Form.Item>
      <Form.Item name="incidentNote" label={t('sla.record.note')} extra={t('sla.record.noteHelp')}>
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormDrawer>
  );
}

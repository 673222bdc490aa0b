import { useMutation } from '@apollo/client/react';
import { Form, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import { SchedulePriceDocument } from '../../../gql/graphql';
import { EffectiveDatePicker } from '../../provisioning/shared/effective-date-picker';
import { FormDrawer } from '../shared/form-drawer';
import {
  checkSchedulePrice,
  type PriceTarget,
  SCHEDULE_PRICE_FIELDS,
  type SchedulePriceValues,
  serializeSchedulePrice,
} from './schedule-price.serializer';

/** A new monthly fee of a plan or an option from a date (today or later, Tokyo). */
export function SchedulePriceForm({
  target,
  name,
  currentFeeYen,
  onDone,
  onClose,
  now = () => new Date(),
}: {
  target: PriceTarget;
  name: string;
  currentFeeYen: number;
  onDone: (validFrom: string) => void;
  onClose: () => void;
  /** The clock of the date rule (tests move it). */
  now?: () => Date;
}) {
  const { t } = useTranslation();
  const [schedule] = useMutation(SchedulePriceDocument);
  return (
    <FormDrawer<SchedulePriceValues, string>
      title={t('admin.catalog.schedulePriceTitle', { name })}
      okText={t('admin.catalog.schedulePrice')}
      fields={SCHEDULE_PRICE_FIELDS}
      initialValues={{ monthlyFeeYen: currentFeeYen, validFrom: null }}
      check={(values) => checkSchedulePrice(values, now())}
      send={async (values) => {
        const input = serializeSchedulePrice(target, values);
        const { data } = await schedule({ variables: { input } });
        const payload = data?.schedulePrice;
        const saved = payload && (payload.plan ?? payload.option);
        return (
          payload && { result: saved ? input.validFrom : null, userErrors: payload.userErrors }
        );
      }}
      onDone={onDone}
      onClose={onClose}
    >
      <Form.Item
        name="monthlyFeeYen"
        label={t('admin.catalog.monthlyFee')}
        extra={t('admin.catalog.monthlyFeeHelp')}
        required
      >
        <InputNumber<number> min={0} precision={0} step={10} prefix="￥" style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="validFrom"
        label={t('admin.catalog.validFrom')}
        extra={t('admin.catalog.validFromHelp')}
        required
      >
        <EffectiveDatePicker />
      </Form.Item>
    </FormDrawer>
  );
}

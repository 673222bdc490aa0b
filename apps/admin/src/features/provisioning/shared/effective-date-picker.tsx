import { isoDateJst } from '@kizuna/domain';
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

export interface EffectiveDatePickerProps {
  /** YYYY-MM-DD */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}

/** A date shown as YYYY/MM/DD and held as YYYY-MM-DD; days before today (JST) cannot be picked. */
export function EffectiveDatePicker({ value, onChange, id }: EffectiveDatePickerProps) {
  const today = isoDateJst(new Date());
  return (
    <DatePicker
      id={id}
      format="YYYY/MM/DD"
      value={value ? dayjs(value) : null}
      onChange={(date: Dayjs | null) => onChange?.(date ? date.format('YYYY-MM-DD') : null)}
      disabledDate={(date) => date.format('YYYY-MM-DD') < today}
      // Enter confirms the typed date; it must not also send the whole request.
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
      }}
      style={{ width: 200 }}
    />
  );
}

import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';

export interface JstDateTimePickerProps {
  /** Tokyo wall-clock time, YYYY-MM-DDTHH:mm (see toJstDateTimeInput). */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}

/** A date and time shown as YYYY/MM/DD HH:mm in Tokyo time, whatever the browser's time zone. */
export function JstDateTimePicker({ value, onChange, id }: JstDateTimePickerProps) {
  return (
    <DatePicker
      id={id}
      showTime={{ format: 'HH:mm' }}
      format="YYYY/MM/DD HH:mm"
      allowClear={false}
      // dayjs reads the wall-clock string as local time, so the picker shows exactly its digits.
      value={value ? dayjs(value) : null}
      onChange={(date: Dayjs | null) => onChange?.(date ? date.format('YYYY-MM-DDTHH:mm') : null)}
      // Enter confirms the typed date and time; it must not also send the whole form.
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
      }}
      style={{ width: 220 }}
    />
  );
}

import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { toJstDateTimeInput } from './dates';
import { typedDate } from './typed-date';

export interface JstDateTimePickerProps {
  /** Tokyo wall-clock time, YYYY-MM-DDTHH:mm (see toJstDateTimeInput). */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  /** Offer no date and time after the present minute (Tokyo time). */
  noFuture?: boolean;
}

/** Hours or minutes from `from` to `to - 1`. */
const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** What a picker that takes no future time greys out, now in Tokyo time read as local (like its value). */
function futureDisabled() {
  const now = () => dayjs(toJstDateTimeInput(new Date()));
  return {
    disabledDate: (date: Dayjs) => date.isAfter(now(), 'day'),
    disabledTime: (date: Dayjs | null) => {
      const latest = now();
      if (!date || !date.isSame(latest, 'day')) return {};
      return {
        disabledHours: () => range(latest.hour() + 1, 24),
        disabledMinutes: (hour: number) =>
          hour === latest.hour() ? range(latest.minute() + 1, 60) : [],
      };
    },
  };
}

const SHOWN = 'YYYY/MM/DD HH:mm';
const HELD = 'YYYY-MM-DDTHH:mm';

/**
 * A date and time shown as YYYY/MM/DD HH:mm in Tokyo time, whatever the browser's time zone. A
 * future time typed into a picker that offers none is kept (not silently dropped), so that the
 * form's rule reports it as future.
 */
export function JstDateTimePicker({ value, onChange, id, noFuture }: JstDateTimePickerProps) {
  const keepTypedFuture = (text: string) => {
    const typed = typedDate(text, SHOWN, HELD);
    // Wall-clock strings of one format compare in time order.
    if (noFuture && typed !== null && typed > toJstDateTimeInput(new Date()) && typed !== value)
      onChange?.(typed);
  };
  return (
    <DatePicker
      id={id}
      {...(noFuture ? futureDisabled() : {})}
      showTime={{ format: 'HH:mm' }}
      // "Now" would be the browser's clock, not Tokyo's; the forms start at now in Tokyo anyway.
      showNow={false}
      format={SHOWN}
      allowClear={false}
      // dayjs reads the wall-clock string as local time, so the picker shows exactly its digits.
      value={value ? dayjs(value) : null}
      onChange={(date: Dayjs | null) => onChange?.(date ? date.format(HELD) : null)}
      onBlur={(event) => keepTypedFuture((event.target as HTMLInputElement).value)}
      // Enter confirms the typed date and time; it must not also send the whole form.
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        keepTypedFuture((event.target as HTMLInputElement).value);
      }}
      style={{ width: 220 }}
    />
  );
}

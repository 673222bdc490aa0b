import { isoDateJst } from '@kizuna/domain';
import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { typedDate } from '../../../shared/typed-date';

export interface EffectiveDatePickerProps {
  /** YYYY-MM-DD */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}

const SHOWN = 'YYYY/MM/DD';
const HELD = 'YYYY-MM-DD';

/**
 * A date shown as YYYY/MM/DD and held as YYYY-MM-DD; days before today (JST) cannot be picked.
 * A past day typed in is kept (not silently dropped), so that the form's rule reports it as past.
 */
export function EffectiveDatePicker({ value, onChange, id }: EffectiveDatePickerProps) {
  const today = isoDateJst(new Date());
  const keepTypedPastDay = (text: string) => {
    const typed = typedDate(text, SHOWN, HELD);
    if (typed !== null && typed < today && typed !== value) onChange?.(typed);
  };
  return (
    <DatePicker
      id={id}
      format={SHOWN}
      value={value ? dayjs(value) : null}
      onChange={(date: Dayjs | null) => onChange?.(date ? date.format(HELD) : null)}
      disabledDate={(date) => date.format(HELD) < today}
      onBlur={(event) => keepTypedPastDay((event.target as HTMLInputElement).value)}
      // Enter confirms the typed date; it must not also send the whole request.
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        keepTypedPastDay((event.target as HTMLInputElement).value);
      }}
      style={{ width: 200 }}
    />
  );
}

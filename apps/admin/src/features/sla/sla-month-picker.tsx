import { DatePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export interface SlaMonthPickerProps {
  /** YYYY-MM */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  /** The last month that may be picked (YYYY-MM); later ones are disabled. */
  latest: string;
  allowClear?: boolean;
  'aria-label'?: string;
}

/** A month shown as 2026年05月 and held as YYYY-MM; months after `latest` cannot be picked. */
export function SlaMonthPicker({
  value,
  onChange,
  id,
  latest,
  allowClear,
  ...rest
}: SlaMonthPickerProps) {
  const { t } = useTranslation();
  return (
    <DatePicker
      id={id}
      picker="month"
      aria-label={rest['aria-label']}
      format={t('sla.monthFormat')}
      allowClear={allowClear ?? false}
      value={value ? dayjs(`${value}-01`) : null}
      onChange={(date: Dayjs | null) => onChange?.(date ? date.format('YYYY-MM') : null)}
      disabledDate={(date) => date.format('YYYY-MM') > latest}
      // Enter confirms the typed month; it must not also send a form.
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.preventDefault();
      }}
      style={{ width: 160 }}
    />
  );
}

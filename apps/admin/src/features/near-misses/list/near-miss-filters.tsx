import {
  NEAR_MISS_CAUSES,
  NEAR_MISS_KINDS,
  NEAR_MISS_STATUSES,
  type NearMissCause,
  type NearMissKind,
  type NearMissStatus,
} from '@kizuna/domain';
import { Button, DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CustomerFilterTag } from '../../../shared/customer-filter-tag';
import { useNearMissLabels } from '../near-miss-labels';
import { NO_NEAR_MISS_FILTER, type NearMissListParams } from './near-miss-list-params';

/** Kind, status, cause and period (発生日) of the near-miss list, and the customer if one. */
export function NearMissFilters({
  value,
  onChange,
}: {
  value: NearMissListParams;
  onChange: (next: NearMissListParams) => void;
}) {
  const { t } = useTranslation();
  const labels = useNearMissLabels();
  const hasAny = Object.values(value).some((v) => v !== null);
  return (
    <Space wrap size="middle">
      <Select<NearMissKind | ''>
        style={{ width: 170 }}
        aria-label={t('nearMisses.filters.kind')}
        value={value.kind ?? ''}
        onChange={(kind) => onChange({ ...value, kind: kind || null })}
        options={[
          { value: '', label: t('nearMisses.filters.allKinds') },
          ...NEAR_MISS_KINDS.map((k) => ({ value: k, label: labels.kind(k) })),
        ]}
      />
      <Select<NearMissStatus | ''>
        style={{ width: 170 }}
        aria-label={t('nearMisses.filters.status')}
        value={value.status ?? ''}
        onChange={(status) => onChange({ ...value, status: status || null })}
        options={[
          { value: '', label: t('nearMisses.filters.allStatuses') },
          ...NEAR_MISS_STATUSES.map((s) => ({ value: s, label: t(`nearMisses.status.${s}`) })),
        ]}
      />
      <Select<NearMissCause | ''>
        style={{ width: 220 }}
        aria-label={t('nearMisses.filters.cause')}
        value={value.cause ?? ''}
        onChange={(cause) => onChange({ ...value, cause: cause || null })}
        options={[
          { value: '', label: t('nearMisses.filters.allCauses') },
          ...NEAR_MISS_CAUSES.map((c) => ({ value: c, label: labels.cause(c) })),
        ]}
      />
      <DatePicker.RangePicker
        aria-label={t('nearMisses.filters.period')}
        format="YYYY/MM/DD"
        allowEmpty={[true, true]}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        onChange={(range) =>
          onChange({
            ...value,
            from: range?.[0]?.format('YYYY-MM-DD') ?? null,
            to: range?.[1]?.format('YYYY-MM-DD') ?? null,
          })
        }
      />
      {value.customer && (
        <CustomerFilterTag
          customerId={value.customer}
          onRemove={() => onChange({ ...value, customer: null })}
        />
      )}
      {hasAny && (
        <Button onClick={() => onChange(NO_NEAR_MISS_FILTER)}>
          {t('nearMisses.filters.clear')}
        </Button>
      )}
    </Space>
  );
}

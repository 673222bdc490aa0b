import { useQuery } from '@apollo/client/react';
import { ERASURE_DUE_FILTERS, LIFECYCLE_STAGE_LABELS, LIFECYCLE_STAGES } from '@kizuna/domain';
import { Checkbox, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  CustomerListFiltersPlansDocument,
  type ErasureDueFilter,
  type LifecycleStage,
} from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { useSearchAsYouType } from '../../../shared/use-debounced-value';
import {
  CUSTOMER_SORTS,
  RECENTLY_EXPIRED_DAYS,
  RENEWING_CHOICES,
  TRIAL_ENDING_CHOICES,
  type CustomerListParams,
  type CustomerSort,
} from './customer-list-params';

const SORT_LABEL_KEYS = {
  newest: 'customers.list.sortNewest',
  oldest: 'customers.list.sortOldest',
  name: 'customers.list.sortName',
  trialEnd: 'customers.list.sortTrialEnd',
  renewal: 'customerEconomics.renewal.sort',
} as const satisfies Record<CustomerSort, string>;

export interface CustomerListFiltersProps {
  value: CustomerListParams;
  onChange: (next: CustomerListParams) => void;
}

/**
 * Search (name, furigana, 法人番号; as you type, or on Enter), stage, plan, trial end, scheduled changes, recently expired
 * trials, personal data erasure due, renewals within 30/60/90 days and sort order.
 */
export function CustomerListFilters({ value, onChange }: CustomerListFiltersProps) {
  const { t, i18n } = useTranslation();
  const { data: plans } = useQuery(CustomerListFiltersPlansDocument);
  const search = useSearchAsYouType(value.search, (text) => onChange({ ...value, search: text }));

  return (
    <Space wrap size="middle">
      <Input.Search
        allowClear
        style={{ width: 340 }}
        placeholder={t('customers.list.searchPlaceholder')}
        aria-label={t('customers.list.searchPlaceholder')}
        {...search}
      />
      <Select<LifecycleStage | ''>
        style={{ width: 170 }}
        aria-label={t('stage.label')}
        value={value.stage ?? ''}
        onChange={(stage) => onChange({ ...value, stage: stage || null })}
        options={[
          { value: '', label: t('stage.all') },
          ...LIFECYCLE_STAGES.map((s) => ({
            value: s,
            label: pick(LIFECYCLE_STAGE_LABELS[s], i18n.language),
          })),
        ]}
      />
      <Select
        style={{ width: 170 }}
        aria-label={t('customers.list.planFilter')}
        value={value.planCode ?? ''}
        onChange={(planCode) => onChange({ ...value, planCode: planCode || null })}
        options={[
          { value: '', label: t('customers.list.allPlans') },
          ...(plans?.plans ?? []).map((p) => ({ value: p.code, label: p.name })),
        ]}
      />
      <Select<number>
        style={{ width: 190 }}
        aria-label={t('customers.list.trialEndingFilter')}
        value={value.trialEndingWithinDays ?? 0}
        onChange={(days) => onChange({ ...value, trialEndingWithinDays: days || null })}
        options={[
          { value: 0, label: t('customers.list.trialEndingAny') },
          ...TRIAL_ENDING_CHOICES.map((days) => ({
            value: days,
            label: t('customers.list.trialEndingWithin', { days }),
          })),
        ]}
      />
      <Checkbox
        checked={value.hasScheduledChange}
        onChange={(e) => onChange({ ...value, hasScheduledChange: e.target.checked })}
      >
        {t('customers.list.hasScheduledChange')}
      </Checkbox>
      <Checkbox
        checked={value.trialExpiredWithinDays !== null}
        onChange={(e) =>
          onChange({
            ...value,
            trialExpiredWithinDays: e.target.checked ? RECENTLY_EXPIRED_DAYS : null,
          })
        }
      >
        {t('customers.list.recentlyExpired', { days: RECENTLY_EXPIRED_DAYS })}
      </Checkbox>
      <Select<ErasureDueFilter | ''>
        style={{ width: 210 }}
        aria-label={t('erasure.list.filter')}
        value={value.erasureDue ?? ''}
        onChange={(erasureDue) => onChange({ ...value, erasureDue: erasureDue || null })}
        options={[
          { value: '', label: t('erasure.list.any') },
          ...ERASURE_DUE_FILTERS.map((due) => ({ value: due, label: t(`erasure.due.${due}`) })),
        ]}
      />
      <Select<number>
        style={{ width: 190 }}
        aria-label={t('customerEconomics.renewal.filter')}
        value={value.renewingWithinDays ?? 0}
        onChange={(days) =>
          onChange({
            ...value,
            renewingWithinDays: days || null,
            // Soonest renewal first when choosing a window; the default order again without one.
            sort: days ? 'renewal' : value.sort === 'renewal' ? 'newest' : value.sort,
          })
        }
        options={[
          { value: 0, label: t('customerEconomics.renewal.any') },
          ...RENEWING_CHOICES.map((days) => ({
            value: days,
            label: t('customerEconomics.renewal.within', { days }),
          })),
        ]}
      />
      <Select<CustomerSort>
        style={{ width: 200 }}
        aria-label={t('customers.list.sort')}
        value={value.sort}
        onChange={(sort) => onChange({ ...value, sort })}
        options={CUSTOMER_SORTS.map((s) => ({ value: s, label: t(SORT_LABEL_KEYS[s]) }))}
      />
    </Space>
  );
}

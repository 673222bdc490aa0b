import { useQuery } from '@apollo/client/react';
import { Button, DatePicker, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SurveyFilterPlansDocument } from '../../gql/graphql';
import type { UsageParams } from './usage-params';

/** Period and plans of the usage page (kept in the URL by the page). */
export function UsageFilters({
  value,
  onChange,
}: {
  value: UsageParams;
  onChange: (next: UsageParams) => void;
}) {
  const { t } = useTranslation();
  // The catalog's plans: the query the survey and churn filters use, answered from the cache.
  const { data: plans, loading } = useQuery(SurveyFilterPlansDocument);
  const hasAny = value.from !== null || value.to !== null || value.planCodes.length > 0;
  return (
    <Space wrap size="middle" data-testid="usage-filters">
      <DatePicker.RangePicker
        aria-label={t('usage.filters.period')}
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
      <Select<string[]>
        mode="multiple"
        allowClear
        style={{ minWidth: 240 }}
        aria-label={t('usage.filters.plans')}
        data-testid="usage-filter-plans"
        placeholder={t('usage.filters.allPlans')}
        loading={loading}
        value={value.planCodes}
        onChange={(planCodes) => onChange({ ...value, planCodes })}
        options={(plans?.plans ?? []).map((p) => ({ value: p.code, label: p.name }))}
      />
      {hasAny ? (
        <Button onClick={() => onChange({ ...value, from: null, to: null, planCodes: [] })}>
          {t('usage.filters.clear')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('usage.filters.defaultPeriod')}</Typography.Text>
      )}
    </Space>
  );
}

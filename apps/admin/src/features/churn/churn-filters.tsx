import { useQuery } from '@apollo/client/react';
import { Button, DatePicker, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SurveyFilterPlansDocument } from '../../gql/graphql';
import type { ChurnParams } from './churn-params';

/** Period and plans of the churn page (kept in the URL by the page). */
export function ChurnFilters({
  value,
  onChange,
}: {
  value: ChurnParams;
  onChange: (next: ChurnParams) => void;
}) {
  const { t } = useTranslation();
  // The catalog's plans: the query the survey filters use, answered from the cache.
  const { data: plans, loading } = useQuery(SurveyFilterPlansDocument);
  const hasAny = value.from !== null || value.to !== null || value.planCodes.length > 0;
  return (
    <Space wrap size="middle" data-testid="churn-filters">
      <DatePicker.RangePicker
        aria-label={t('churn.filters.period')}
        format="YYYY/MM/DD"
        allowEmpty={[true, true]}
        value={[value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null]}
        onChange={(range) =>
          onChange({
            ...value,
            from: range?.[0]?.format('YYYY-MM-DD') ?? null,
            to: range?.[1]?.format('YYYY-MM-DD') ?? null,
            reason: null,
          })
        }
      />
      <Select<string[]>
        mode="multiple"
        allowClear
        style={{ minWidth: 240 }}
        aria-label={t('churn.filters.plans')}
        data-testid="churn-filter-plans"
        placeholder={t('churn.filters.allPlans')}
        loading={loading}
        value={value.planCodes}
        onChange={(planCodes) => onChange({ ...value, planCodes, reason: null })}
        options={(plans?.plans ?? []).map((p) => ({ value: p.code, label: p.name }))}
      />
      {hasAny ? (
        <Button
          onClick={() => onChange({ ...value, from: null, to: null, planCodes: [], reason: null })}
        >
          {t('churn.filters.clear')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('churn.filters.defaultPeriod')}</Typography.Text>
      )}
    </Space>
  );
}

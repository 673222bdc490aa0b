import { useQuery } from '@apollo/client/react';
import { REVENUE_GROUP_BYS } from '@kizuna/domain';
import { Button, DatePicker, Flex, Segmented, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SurveyFilterPlansDocument, type RevenueGroupBy } from '../../gql/graphql';
import type { EconomicsParams } from './economics-params';

/** Grouping, period and plans of the economics page (kept in the URL by the page). */
export function EconomicsFilters({
  value,
  onChange,
}: {
  value: EconomicsParams;
  onChange: (next: EconomicsParams) => void;
}) {
  const { t } = useTranslation();
  // The catalog's plans: the query the survey and churn filters use, answered from the cache.
  const { data: plans, loading } = useQuery(SurveyFilterPlansDocument);
  const hasAny = value.from !== null || value.to !== null || value.planCodes.length > 0;
  return (
    <Flex wrap gap={12} align="center" data-testid="economics-filters">
      <Segmented<RevenueGroupBy>
        aria-label={t('economics.filters.groupBy')}
        data-testid="economics-group-by"
        value={value.groupBy}
        onChange={(groupBy) => onChange({ ...value, groupBy })}
        options={REVENUE_GROUP_BYS.map((g) => ({ value: g, label: t(`economics.groupBy.${g}`) }))}
      />
      <DatePicker.RangePicker
        aria-label={t('economics.filters.period')}
        format="YYYY/MM/DD"
        allowEmpty={[true, true]}
        style={{ maxWidth: '100%' }}
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
        style={{ minWidth: 220, maxWidth: '100%' }}
        aria-label={t('economics.filters.plans')}
        data-testid="economics-filter-plans"
        placeholder={t('economics.filters.allPlans')}
        loading={loading}
        value={value.planCodes}
        onChange={(planCodes) => onChange({ ...value, planCodes })}
        options={(plans?.plans ?? []).map((p) => ({ value: p.code, label: p.name }))}
      />
      {hasAny ? (
        <Button onClick={() => onChange({ ...value, from: null, to: null, planCodes: [] })}>
          {t('economics.filters.clear')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('economics.filters.defaultPeriod')}</Typography.Text>
      )}
    </Flex>
  );
}

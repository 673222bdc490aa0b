import { useQuery } from '@apollo/client/react';
import { LIFECYCLE_STAGE_LABELS, LIFECYCLE_STAGES, type LifecycleStage } from '@kizuna/domain';
import { Button, DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { type ReportGroupBy, SurveyFilterPlansDocument } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { CustomerFilterTag } from '../../../shared/customer-filter-tag';
import { EMPTY_SURVEY_PARAMS, REPORT_GROUP_BYS, type SurveyParams } from './survey-params';

/**
 * Period, plans, stages and grouping of a survey dashboard, and the customer if one (kept in the
 * URL by the page).
 */
export function SurveyFilters({
  value,
  onChange,
}: {
  value: SurveyParams;
  onChange: (next: SurveyParams) => void;
}) {
  const { t, i18n } = useTranslation();
  const { data: plans, loading } = useQuery(SurveyFilterPlansDocument);
  const hasAny =
    value.from !== null ||
    value.to !== null ||
    value.planCodes.length > 0 ||
    value.stages.length > 0 ||
    value.customer !== null;
  return (
    <Space wrap size="middle" data-testid="survey-filters">
      <DatePicker.RangePicker
        aria-label={t('surveys.filters.period')}
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
        style={{ minWidth: 220 }}
        aria-label={t('surveys.filters.plans')}
        data-testid="survey-filter-plans"
        placeholder={t('surveys.filters.allPlans')}
        loading={loading}
        value={value.planCodes}
        onChange={(planCodes) => onChange({ ...value, planCodes })}
        options={(plans?.plans ?? []).map((p) => ({ value: p.code, label: p.name }))}
      />
      <Select<LifecycleStage[]>
        mode="multiple"
        allowClear
        style={{ minWidth: 220 }}
        aria-label={t('surveys.filters.stages')}
        data-testid="survey-filter-stages"
        placeholder={t('surveys.filters.allStages')}
        value={value.stages}
        onChange={(stages) => onChange({ ...value, stages })}
        options={LIFECYCLE_STAGES.map((s) => ({
          value: s,
          label: pick(LIFECYCLE_STAGE_LABELS[s], i18n.language),
        }))}
      />
      <Select<ReportGroupBy>
        style={{ width: 150 }}
        aria-label={t('surveys.filters.groupBy')}
        data-testid="survey-filter-group-by"
        value={value.groupBy}
        onChange={(groupBy) => onChange({ ...value, groupBy })}
        options={REPORT_GROUP_BYS.map((g) => ({ value: g, label: t(`surveys.groupBy.${g}`) }))}
      />
      {value.customer && (
        <CustomerFilterTag
          customerId={value.customer}
          onRemove={() => onChange({ ...value, customer: null })}
        />
      )}
      {hasAny && (
        <Button
          onClick={() =>
            onChange({
              ...EMPTY_SURVEY_PARAMS,
              groupBy: value.groupBy,
              category: value.category,
              search: value.search,
            })
          }
        >
          {t('surveys.filters.clear')}
        </Button>
      )}
    </Space>
  );
}

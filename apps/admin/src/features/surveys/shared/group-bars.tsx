import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';
import { type GroupBar, groupBarsOption, type GroupSegment } from './group-bars.option';

export type { GroupBar } from './group-bars.option';

/**
 * One 100 % stacked horizontal bar per group (e.g. detractors | passives | promoters), with the
 * group's score and n on its label; small-sample groups are faded and labelled 参考値.
 */
export function GroupBars({
  groups,
  segments,
}: {
  groups: readonly GroupBar[];
  segments: readonly GroupSegment[];
}) {
  const { t } = useTranslation();
  return (
    <div role="img" aria-label={t('surveys.groups.chartLabel')} data-testid="survey-groups">
      <ReactECharts
        style={{ height: Math.max(160, groups.length * 46 + 60) }}
        option={groupBarsOption(groups, segments, t('surveys.groups.smallSampleMark'))}
      />
    </div>
  );
}

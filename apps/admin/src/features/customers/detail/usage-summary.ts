/** One Tokyo day of a customer's usage, as `Customer.usage` returns it (oldest first). */
export interface UsageDay {
  date: string;
  activeUsers: number;
  storageGb: number;
}

export interface UsageSummary {
  /** The last day with data: its DAU and storage are "now". */
  latest: UsageDay;
  /** The highest DAU of the series. */
  peakDau: number;
}

/** Latest day and peak DAU of a series (oldest first); null when there is no data. */
export function usageSummary(days: readonly UsageDay[]): UsageSummary | null {
  const latest = days.at(-1);
  if (!latest) return null;
  return { latest, peakDau: Math.max(...days.map((d) => d.activeUsers)) };
}

/**
 * The ECharts option of a DAU sparkline: a line over a time axis (days without data leave a gap
 * in time, not a zero), no axes or grid lines, a tooltip with the day and its DAU.
 */
export function usageSparklineOption(
  days: readonly UsageDay[],
  tooltip: (day: UsageDay) => string,
) {
  return {
    animation: false,
    grid: { left: 2, right: 2, top: 4, bottom: 4 },
    tooltip: {
      trigger: 'axis',
      formatter: (params: { dataIndex: number }[]) => {
        const day = days[params[0]?.dataIndex ?? -1];
        return day ? tooltip(day) : '';
      },
    },
    xAxis: { type: 'time', show: false },
    yAxis: { type: 'value', show: false, min: 0 },
    series: [
      {
        type: 'line',
        data: days.map((d) => [d.date, d.activeUsers]),
        showSymbol: false,
        smooth: false,
        lineStyle: { width: 1.5, color: '#1677ff' },
        areaStyle: { color: 'rgba(22, 119, 255, 0.12)' },
      },
    ],
  };
}

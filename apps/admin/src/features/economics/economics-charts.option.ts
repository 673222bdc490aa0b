import { formatYen } from '@kizuna/domain';
import { formatCount, formatShare } from '../surveys/shared/survey-figures';
import {
  type EconomicsPeriod,
  formatSignedYen,
  formatYenAxis,
  movementSeries,
  type MrrMovementKey,
  netMrrChange,
} from './economics-figures';

/** ECharts' tooltip parameters, as far as the formatters read them. */
interface TooltipParam {
  dataIndex: number;
  seriesIndex: number;
  marker?: string;
}

/** Tooltips are HTML: labels are escaped, and never carry rich-text markup ({key|…}). */
function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/** The tooltip's first line: the period and, when unfinished, that it is. */
function heading(p: EconomicsPeriod | undefined, inProgress: string): string {
  if (!p) return '';
  return `<b>${escapeHtml(p.label)}</b>${p.inProgress ? ` <i>${escapeHtml(inProgress)}</i>` : ''}`;
}

const markerOf = (params: readonly TooltipParam[], seriesIndex: number) =>
  params.find((p) => p.seriesIndex === seriesIndex)?.marker ?? '';

const SMALL_SAMPLE_POINT = {
  symbol: 'emptyCircle',
  symbolSize: 8,
  itemStyle: { color: '#bfbfbf' },
};

/** A period still running: drawn fainter, its figures will move. */
const IN_PROGRESS_OPACITY = 0.4;

/**
 * A rate (0–1) as a percentage point on a chart; a small sample or an unfinished period is a
 * hollow grey point (a hint, not a fact).
 */
function ratePoint(rate: number | null | undefined, small: boolean, inProgress: boolean) {
  const value = rate === null || rate === undefined ? null : Math.round(rate * 10_000) / 100;
  return (small || inProgress) && value !== null ? { value, ...SMALL_SAMPLE_POINT } : value;
}

export interface MrrChartText {
  movements: Record<MrrMovementKey, string>;
  mrr: string;
  startMrr: string;
  net: string;
  inProgress: string;
  movementsAxis: string;
}

/**
 * MRR at the end of each period (a line, on top) over its movements (stacked bars below: new,
 * expansion and reactivation above zero, contraction and churn below). Two grids sharing the
 * periods, because movements are a few percent of MRR: on one axis the bars would be slivers.
 */
export function mrrChartOption(
  periods: readonly EconomicsPeriod[],
  text: MrrChartText,
  locale: string,
) {
  const labels = periods.map((p) => p.label);
  const movements = movementSeries(periods);
  const yenAxis = { formatter: (v: number) => formatYenAxis(v, locale) };
  return {
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params: TooltipParam[]) => {
        const i = params[0]?.dataIndex ?? 0;
        const p = periods[i];
        if (!p) return '';
        const lines = [heading(p, text.inProgress)];
        lines.push(`${escapeHtml(text.startMrr)}: ${formatYen(p.startMrr)}`);
        movements.forEach((m, s) =>
          lines.push(
            `${markerOf(params, s + 1)}${escapeHtml(text.movements[m.key])}: ${formatSignedYen(m.values[i] ?? 0)}`,
          ),
        );
        lines.push(`${escapeHtml(text.net)}: ${formatSignedYen(netMrrChange(p))}`);
        lines.push(`${markerOf(params, 0)}<b>${escapeHtml(text.mrr)}: ${formatYen(p.mrr)}</b>`);
        return lines.join('<br/>');
      },
    },
    axisPointer: { link: [{ xAxisIndex: 'all' }] },
    legend: { top: 0, type: 'scroll' },
    grid: [
      { left: 8, right: 16, top: 40, height: 130, containLabel: true },
      { left: 8, right: 16, top: 210, bottom: 8, containLabel: true },
    ],
    xAxis: [
      { type: 'category', data: labels, gridIndex: 0, axisLabel: { show: false } },
      { type: 'category', data: labels, gridIndex: 1 },
    ],
    yAxis: [
      // MRR moves a few percent a month: zoom to it (a line, not an area, so nothing reads as 0).
      { type: 'value', gridIndex: 0, scale: true, axisLabel: yenAxis, splitNumber: 3 },
      {
        type: 'value',
        gridIndex: 1,
        name: text.movementsAxis,
        nameTextStyle: { align: 'left' },
        axisLabel: yenAxis,
        splitNumber: 4,
      },
    ],
    series: [
      {
        name: text.mrr,
        type: 'line',
        xAxisIndex: 0,
        yAxisIndex: 0,
        data: periods.map((p) => p.mrr),
        itemStyle: { color: '#1f5fa6' },
        lineStyle: { width: 3 },
        symbolSize: 6,
      },
      ...movements.map((m) => ({
        name: text.movements[m.key],
        type: 'bar',
        xAxisIndex: 1,
        yAxisIndex: 1,
        // Same-sign stacking: gains pile up from zero, losses down from zero.
        stack: 'movements',
        stackStrategy: 'samesign',
        barMaxWidth: 36,
        itemStyle: { color: m.color },
        data: m.values.map((value, i) =>
          periods[i]?.inProgress ? { value, itemStyle: { opacity: IN_PROGRESS_OPACITY } } : value,
        ),
      })),
    ],
  };
}

export interface RetentionChartText {
  nrr: string;
  grr: string;
  customersAtStart: (count: number) => string;
  smallSample: string;
  inProgress: string;
}

/** NRR and GRR per period; periods with few customers at the start are hollow grey points. */
export function retentionChartOption(
  periods: readonly EconomicsPeriod[],
  text: RetentionChartText,
) {
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params: TooltipParam[]) => {
        const p = periods[params[0]?.dataIndex ?? 0];
        if (!p) return '';
        const lines = [
          heading(p, text.inProgress),
          `${markerOf(params, 0)}${escapeHtml(text.nrr)}: ${formatShare(p.nrr)}`,
          `${markerOf(params, 1)}${escapeHtml(text.grr)}: ${formatShare(p.grr)}`,
          escapeHtml(text.customersAtStart(p.customersAtStart)),
        ];
        if (p.smallRetentionSample) lines.push(escapeHtml(text.smallSample));
        return lines.join('<br/>');
      },
    },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: periods.map((p) => p.label) },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: '{value}%' } },
    series: [
      // NRR wide underneath, GRR dashed on top: both stay visible where they coincide (no expansion).
      {
        name: text.nrr,
        type: 'line',
        itemStyle: { color: '#1f5fa6' },
        lineStyle: { width: 4 },
        data: periods.map((p) => ratePoint(p.nrr, p.smallRetentionSample, p.inProgress)),
      },
      {
        name: text.grr,
        type: 'line',
        itemStyle: { color: '#59a14f' },
        lineStyle: { width: 2, type: 'dashed' },
        data: periods.map((p) => ratePoint(p.grr, p.smallRetentionSample, p.inProgress)),
      },
    ],
  };
}

export interface TrialChartText {
  rate: string;
  trialsEnded: string;
  converted: (converted: number, ended: number) => string;
  smallSample: string;
  inProgress: string;
}

/**
 * Trial conversion per period (a line, 0–100 %) over the trials that ended (bars, the rate's
 * denominator, on the right axis); a rate over few trials is a hollow grey point.
 */
export function trialChartOption(periods: readonly EconomicsPeriod[], text: TrialChartText) {
  return {
    tooltip: {
      trigger: 'axis',
      formatter: (params: TooltipParam[]) => {
        const p = periods[params[0]?.dataIndex ?? 0];
        if (!p) return '';
        const lines = [
          heading(p, text.inProgress),
          `${markerOf(params, 0)}${escapeHtml(text.rate)}: ${formatShare(p.trialConversionRate)}`,
          `${markerOf(params, 1)}${escapeHtml(text.converted(p.trialsConverted, p.trialsEnded))}`,
        ];
        if (p.smallTrialSample) lines.push(escapeHtml(text.smallSample));
        return lines.join('<br/>');
      },
    },
    legend: { top: 0 },
    grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: periods.map((p) => p.label) },
    yAxis: [
      { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      {
        type: 'value',
        minInterval: 1,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatCount(v) },
      },
    ],
    series: [
      {
        name: text.rate,
        type: 'line',
        z: 3,
        itemStyle: { color: '#59a14f' },
        data: periods.map((p) =>
          ratePoint(p.trialConversionRate, p.smallTrialSample, p.inProgress),
        ),
      },
      {
        name: text.trialsEnded,
        type: 'bar',
        yAxisIndex: 1,
        barMaxWidth: 28,
        itemStyle: { color: '#d9d9d9' },
        data: periods.map((p) =>
          p.inProgress
            ? { value: p.trialsEnded, itemStyle: { opacity: IN_PROGRESS_OPACITY } }
            : p.trialsEnded,
        ),
      },
    ],
  };
}

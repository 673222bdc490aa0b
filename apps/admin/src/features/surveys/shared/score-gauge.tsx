import ReactECharts from 'echarts-for-react';
import { useTranslation } from 'react-i18next';

/**
 * A semicircle gauge from min to max with coloured zones; the figure itself is printed next to
 * it in text (the canvas is decoration, the text is what a screen reader and a test read).
 */
export function ScoreGauge({
  min,
  max,
  value,
  zones,
  muted,
}: {
  min: number;
  max: number;
  value: number | null;
  /** [upper edge as a fraction 0–1, colour], ascending, the last one ending at 1. */
  zones: [number, string][];
  /** Small sample: the needle is drawn grey. */
  muted: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div role="img" aria-label={t('surveys.headline.gaugeLabel')} style={{ width: 260 }}>
      <ReactECharts
        style={{ height: 170 }}
        option={{
          series: [
            {
              type: 'gauge',
              min,
              max,
              startAngle: 200,
              endAngle: -20,
              radius: '100%',
              center: ['50%', '72%'],
              splitNumber: 4,
              axisLine: { lineStyle: { width: 14, color: zones } },
              pointer: { width: 5, itemStyle: { color: muted ? '#8c8c8c' : '#262626' } },
              axisTick: { show: false },
              splitLine: { length: 14, lineStyle: { color: '#fff', width: 2 } },
              axisLabel: { distance: 18, color: '#8c8c8c', fontSize: 11 },
              detail: { show: false },
              title: { show: false },
              data: value === null ? [] : [{ value }],
            },
          ],
        }}
      />
    </div>
  );
}

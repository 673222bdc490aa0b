import { Alert, Card, Empty, Flex, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount } from './survey-figures';
import { ScoreGauge } from './score-gauge';
import { SmallSampleTag } from './small-sample-tag';

export interface HeadlineFigures {
  title: string;
  /** The score as the gauge draws it (NPS −100…100, shares 0…100). */
  gaugeValue: number | null;
  gaugeMin: number;
  gaugeMax: number;
  zones: [number, string][];
  /** The score as text, e.g. "+25.0" or "82.3%". */
  scoreText: string;
  /** The margin of error as text, e.g. "±4.2" or "±1.3 pt". */
  marginText: string;
  responses: number;
  smallSample: boolean;
  smallSampleThreshold: number;
  /** Secondary facts under the score (mean, category counts…). */
  extra?: ReactNode;
}

/** The headline: gauge, score, n and the 95 % margin, with a warning for small samples. */
export function HeadlineCard({ figures }: { figures: HeadlineFigures }) {
  const { t } = useTranslation();
  return (
    <Card title={figures.title} data-testid="survey-headline">
      {figures.responses === 0 ? (
        <Empty description={t('surveys.headline.noData')} />
      ) : (
        <Flex vertical gap={12}>
          <Flex wrap align="center" gap={24}>
            <ScoreGauge
              min={figures.gaugeMin}
              max={figures.gaugeMax}
              value={figures.gaugeValue}
              zones={figures.zones}
              muted={figures.smallSample}
            />
            <Flex vertical gap={4}>
              <Typography.Text
                data-testid="survey-score"
                className="kizuna-tabular"
                style={{
                  fontSize: 44,
                  fontWeight: 600,
                  lineHeight: 1.1,
                  color: figures.smallSample ? '#8c8c8c' : undefined,
                }}
              >
                {figures.scoreText}
              </Typography.Text>
              <Typography.Text data-testid="survey-n" className="kizuna-tabular" strong>
                {t('surveys.headline.responses', { n: formatCount(figures.responses) })}
              </Typography.Text>
              <Tooltip title={t('surveys.headline.marginHelp')}>
                <Typography.Text
                  type="secondary"
                  data-testid="survey-margin"
                  className="kizuna-tabular"
                >
                  {t('surveys.headline.margin', { margin: figures.marginText })}
                </Typography.Text>
              </Tooltip>
              {figures.smallSample && <SmallSampleTag threshold={figures.smallSampleThreshold} />}
            </Flex>
            {figures.extra}
          </Flex>
          {figures.smallSample && (
            <Alert
              type="warning"
              showIcon
              title={t('surveys.headline.smallSample')}
              description={t('surveys.headline.smallSampleHelp', {
                threshold: figures.smallSampleThreshold,
              })}
            />
          )}
        </Flex>
      )}
    </Card>
  );
}

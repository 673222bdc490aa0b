import { LIFECYCLE_STAGE_LABELS, type LifecycleStage } from '@kizuna/domain';
import { Card, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LifecycleTimelineFragment } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { formatDateTime } from '../../../shared/dates';
import { stageChangeNoteLabel } from './customer-labels';

const STAGE_DOT_COLORS: Record<LifecycleStage, string> = {
  LEAD: 'gray',
  TRIAL: 'blue',
  ACTIVE: 'green',
  CHURNED: 'orange',
  ERASED: 'gray',
};

/** LEAD → TRIAL → ACTIVE → …, oldest first, with when each step happened. */
export function LifecycleTimeline({ customer }: { customer: LifecycleTimelineFragment }) {
  const { t, i18n } = useTranslation();
  const label = (stage: LifecycleStage) => pick(LIFECYCLE_STAGE_LABELS[stage], i18n.language);
  return (
    <Card title={t('customers.detail.timeline')}>
      {customer.stageHistory.length === 0 ? (
        <Empty description={t('customers.detail.timelineEmpty')} />
      ) : (
        <Timeline
          items={customer.stageHistory.map((step, index) => ({
            key: `${step.changedAt}-${index}`,
            color: STAGE_DOT_COLORS[step.toStage],
            title: <span className="kizuna-tabular">{formatDateTime(step.changedAt)}</span>,
            content: (
              <div>
                <Typography.Text strong>
                  {step.fromStage
                    ? `${label(step.fromStage)} → ${label(step.toStage)}`
                    : `${t('customers.detail.created')}: ${label(step.toStage)}`}
                </Typography.Text>
                {step.note && (
                  <div>
                    <Typography.Text type="secondary" data-note={step.note}>
                      {stageChangeNoteLabel(step.note, i18n.language)}
                    </Typography.Text>
                  </div>
                )}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}

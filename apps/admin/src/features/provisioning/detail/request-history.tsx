import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestHistoryEventFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/dates';
import { useRequestLabels } from '../shared/request-labels';

const ACTIONS = [
  'SUBMITTED',
  'RESUBMITTED',
  'SCHEDULED',
  'APPLIED',
  'FAILED',
  'RETURNED',
  'CONFIRMATION_MISMATCH',
  'REJECTED',
  'WITHDRAWAL_REQUESTED',
  'WITHDRAWAL_DECLINED',
  'WITHDRAWN',
] as const;
const COLORS: Record<(typeof ACTIONS)[number], string> = {
  SUBMITTED: 'blue',
  RESUBMITTED: 'blue',
  SCHEDULED: 'cyan',
  APPLIED: 'green',
  FAILED: 'red',
  RETURNED: 'orange',
  CONFIRMATION_MISMATCH: 'red',
  REJECTED: 'red',
  WITHDRAWAL_REQUESTED: 'orange',
  WITHDRAWAL_DECLINED: 'gray',
  WITHDRAWN: 'gray',
};
const isKnown = (a: string): a is (typeof ACTIONS)[number] =>
  (ACTIONS as readonly string[]).includes(a);

/** What happened to the request, oldest first: who did what, on which version, and why. */
export function RequestHistory({ events }: { events: readonly RequestHistoryEventFragment[] }) {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  return (
    <Card title={t('requests.detail.history')}>
      <Timeline
        items={events.map((e, i) => ({
          key: `${e.occurredAt}-${i}`,
          color: isKnown(e.action) ? COLORS[e.action] : 'gray',
          content: (
            <div>
              <Typography.Text strong>
                {isKnown(e.action)
                  ? t(`requests.actions.${e.action}`)
                  : t('requests.actions.other')}
              </Typography.Text>{' '}
              <Typography.Text type="secondary" className="kizuna-tabular">
                {formatDateTime(e.occurredAt)} · {e.actor?.displayName ?? '—'} ·{' '}
                {t('requests.detail.version', { version: e.version })}
              </Typography.Text>
              {e.mismatchedFields.length > 0 && (
                <div>
                  {t('requests.detail.mismatchFindings', {
                    fields: labels.fields(e.mismatchedFields),
                  })}
                </div>
              )}
              {e.reason && <div>{e.reason}</div>}
              {e.note && (
                <div data-testid="history-note">
                  <Typography.Text type="secondary">
                    {t('requests.detail.makerNote')}
                  </Typography.Text>{' '}
                  {e.note}
                </div>
              )}
            </div>
          ),
        }))}
      />
    </Card>
  );
}

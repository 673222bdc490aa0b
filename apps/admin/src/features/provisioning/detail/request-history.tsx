import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestHistoryEventFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/dates';
import { useRequestLabels } from '../shared/request-labels';

const ACTIONS = [
  'SUBMITTED',
  'RESUBMITTED',
  'APPLIED',
  'RETURNED',
  'CONFIRMATION_MISMATCH',
  'REJECTED',
  'WITHDRAWN',
] as const;
const COLORS: Record<(typeof ACTIONS)[number], string> = {
  SUBMITTED: 'blue',
  RESUBMITTED: 'blue',
  APPLIED: 'green',
  RETURNED: 'orange',
  CONFIRMATION_MISMATCH: 'red',
  REJECTED: 'red',
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
                {isKnown(e.action) ? t(`requests.actions.${e.action}`) : e.action}
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
            </div>
          ),
        }))}
      />
    </Card>
  );
}

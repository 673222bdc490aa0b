import { LockOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import {
  CHURN_REASON_LABELS,
  CHURN_REASONS,
  isChurnReason,
  type ChurnReason,
} from '@kizuna/domain';
import { Card, Flex, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ChurnNoteRowFragment, ChurnNotesDocument } from '../../gql/graphql';
import { pick } from '../../i18n/language';
import { ConnectionTable } from '../../shared/connection-table';
import { formatDate } from '../../shared/dates';
import { useCursorStack } from '../../shared/use-cursor-stack';
import { usePlanCatalog } from '../surveys/shared/use-plan-catalog';
import { CHURN_REASON_COLORS } from './churn-figures';
import { churnReportFilter, type ChurnParams } from './churn-params';

const PAGE_SIZE = 20;

/**
 * The notes cancellations gave, newest first, narrowed to a reason; analysts read them as the
 * API masks them, with a tag per kind of personal data hidden.
 */
export function ChurnNotes({
  params,
  onChange,
}: {
  params: ChurnParams;
  onChange: (next: ChurnParams) => void;
}) {
  const { t, i18n } = useTranslation();
  const plans = usePlanCatalog();
  const filter = churnReportFilter(params);
  const cursors = useCursorStack(JSON.stringify([filter, params.reason]));
  const { data, previousData, loading, error, refetch } = useQuery(ChurnNotesDocument, {
    variables: { filter, reason: params.reason, first: PAGE_SIZE, after: cursors.after },
    // The page's own REASON report has the same arguments and no id: kept out of the cache, the
    // two selections cannot overwrite each other there.
    fetchPolicy: 'no-cache',
  });
  const connection = (data ?? previousData)?.churnReport.notes;
  const reasonLabel = (r: string) =>
    isChurnReason(r) ? pick(CHURN_REASON_LABELS[r], i18n.language) : r;

  const columns: ColumnsType<ChurnNoteRowFragment> = [
    {
      key: 'churnedAt',
      title: t('churn.notes.columns.churnedAt'),
      width: 110,
      render: (_, n) => <span className="kizuna-tabular">{formatDate(n.churnedAt)}</span>,
    },
    {
      key: 'reason',
      title: t('churn.notes.columns.reason'),
      width: 170,
      render: (_, n) => (
        // The chart's colour as a swatch: as the text's colour it would be unreadable (2–3:1).
        <Tag data-testid="churn-note-reason">
          {isChurnReason(n.reason) && (
            <span
              aria-hidden
              className="kizuna-swatch"
              style={{ background: CHURN_REASON_COLORS[n.reason] }}
            />
          )}
          {reasonLabel(n.reason)}
        </Tag>
      ),
    },
    {
      key: 'note',
      title: t('churn.notes.columns.note'),
      render: (_, n) => (
        <Flex vertical gap={4}>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }} data-testid="churn-note-text">
            {n.note}
          </Typography.Text>
          {n.maskedPersonalData.length > 0 && (
            <Tooltip title={t('churn.notes.maskedHelp')}>
              <Space size={2} wrap data-testid="churn-note-masked">
                {n.maskedPersonalData.map((k) => (
                  <Tag key={k} icon={<LockOutlined />} style={{ fontSize: 11 }}>
                    {t(`surveys.comments.masked.${k}`)}
                  </Tag>
                ))}
              </Space>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    {
      key: 'plan',
      title: t('churn.notes.columns.plan'),
      width: 120,
      render: (_, n) => plans.name(n.planCode),
    },
    {
      key: 'customer',
      title: t('churn.notes.columns.customer'),
      width: 220,
      render: (_, n) => (
        <Link to={`/customers/${encodeURIComponent(n.customerId)}`}>{n.customerName}</Link>
      ),
    },
  ];

  return (
    <Card title={t('churn.notes.title')} data-testid="churn-notes-card">
      <Flex vertical gap={12}>
        <Select<ChurnReason | ''>
          style={{ width: 240 }}
          aria-label={t('churn.notes.reason')}
          data-testid="churn-notes-reason"
          value={params.reason ?? ''}
          onChange={(reason) => onChange({ ...params, reason: reason || null })}
          options={[
            { value: '', label: t('churn.notes.allReasons') },
            ...CHURN_REASONS.map((r) => ({ value: r, label: reasonLabel(r) })),
          ]}
        />
        <div aria-busy={loading} data-reason={params.reason ?? ''} data-testid="churn-notes">
          <ConnectionTable<ChurnNoteRowFragment>
            connection={connection}
            error={error}
            loading={loading}
            stale={!data}
            onRetry={() => void refetch()}
            cursors={cursors}
            columns={columns}
            scroll={{ x: 900 }}
            data-testid="churn-notes-table"
            emptyText={t('churn.notes.empty')}
            totalTestId="churn-notes-total"
          />
        </div>
      </Flex>
    </Card>
  );
}

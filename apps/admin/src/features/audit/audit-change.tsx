import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { auditDiff, type AuditDiffRow } from './audit-diff';

/** Before and after of one audit event, key by key, changed keys highlighted. */
export function AuditChange({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const rows = auditDiff(before, after);
  const cell = (value: string) =>
    value === '' ? (
      <Typography.Text type="secondary">—</Typography.Text>
    ) : (
      <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {value}
      </Typography.Text>
    );
  return (
    <Table<AuditDiffRow>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      rowClassName={(r) => (r.changed ? 'kizuna-row-changed' : '')}
      locale={{ emptyText: t('audit.noData') }}
      columns={[
        { key: 'key', title: t('audit.key'), width: 200, render: (_, r) => r.key || '—' },
        { key: 'before', title: t('audit.before'), render: (_, r) => cell(r.before) },
        { key: 'after', title: t('audit.after'), render: (_, r) => cell(r.after) },
      ]}
    />
  );
}

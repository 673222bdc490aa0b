import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { auditDiff, entityPath, type AuditDiffRow, type AuditListItem } from './audit-diff';

/** An entity the event names by database id, with the global id the console links with. */
export interface AuditChangeReference {
  key: string;
  value: string;
  entityType: string;
  entityId: string;
}

const ITEM_COLORS = { kept: undefined, removed: 'red', added: 'green' } as const;
const ITEM_SIGNS = { kept: '', removed: '−', added: '+' } as const;

/**
 * A list's items as tags: removed ones red, struck through and signed "−", added ones green and
 * signed "+" (not by colour alone); an absent list as "—".
 */
function ListItems({ items }: { items: AuditListItem[] | null }) {
  const { t } = useTranslation();
  if (!items) return <Typography.Text type="secondary">—</Typography.Text>;
  if (items.length === 0)
    return <Typography.Text type="secondary">{t('audit.emptyList')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {items.map(({ value, mark }, i) => (
        <Tag
          key={i}
          color={ITEM_COLORS[mark]}
          data-mark={mark}
          title={mark === 'kept' ? undefined : t(`audit.${mark}`)}
          style={{ marginInlineEnd: 0 }}
        >
          {ITEM_SIGNS[mark] && <span style={{ marginInlineEnd: 4 }}>{ITEM_SIGNS[mark]}</span>}
          <span style={mark === 'removed' ? { textDecoration: 'line-through' } : undefined}>
            {value}
          </span>
        </Tag>
      ))}
    </Flex>
  );
}

/** Before and after of one audit event, key by key, changed keys highlighted. */
export function AuditChange({
  before,
  after,
  references = [],
}: {
  before: unknown;
  after: unknown;
  references?: readonly AuditChangeReference[];
}) {
  const { t } = useTranslation();
  const rows = auditDiff(before, after);
  const cell = (key: string, value: string) => {
    if (value === '') return <Typography.Text type="secondary">—</Typography.Text>;
    const text = (
      <Typography.Text code style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
        {value}
      </Typography.Text>
    );
    // A database id of an entity the console shows: a link to it.
    const reference = references.find((r) => r.key === key && r.value === value);
    const path = reference && entityPath(reference.entityType, reference.entityId);
    return path ? <Link to={path}>{text}</Link> : text;
  };
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
        {
          key: 'before',
          title: t('audit.before'),
          width: '40%',
          render: (_, r) =>
            r.items ? <ListItems items={r.items.before} /> : cell(r.key, r.before),
        },
        {
          key: 'after',
          title: t('audit.after'),
          width: '40%',
          render: (_, r) => (r.items ? <ListItems items={r.items.after} /> : cell(r.key, r.after)),
        },
      ]}
    />
  );
}

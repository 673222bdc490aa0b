import {
  AUDIT_ACTION_GROUP_LABELS,
  AUDIT_ACTION_GROUPS,
  AUDIT_ACTIONS,
  auditActionLabel,
  auditActionsOf,
  isAuditAction,
} from '@kizuna/domain';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/language';
import { actionChoice, fromActionChoice, type AuditLogParams } from './audit-log-params';

type ActionParams = Pick<AuditLogParams, 'action' | 'group'>;

/**
 * The action filter in plain words, grouped by area: a whole group (「アンケートのすべての操作」) or
 * one action; typing searches the words. An action the console has no words for (an older
 * record's) is offered as its code while it is the filter.
 */
export function AuditActionSelect({
  value,
  onChange,
}: {
  value: ActionParams;
  onChange: (next: ActionParams) => void;
}) {
  const { t, i18n } = useTranslation();
  const groups = AUDIT_ACTION_GROUPS.map((group) => {
    const groupLabel = pick(AUDIT_ACTION_GROUP_LABELS[group], i18n.language);
    return {
      label: groupLabel,
      title: groupLabel,
      options: [
        { value: `group:${group}`, label: t('audit.actionGroupAll', { group: groupLabel }) },
        ...auditActionsOf(group).map((action) => ({
          value: `action:${action}`,
          label: pick(AUDIT_ACTIONS[action], i18n.language),
        })),
      ],
    };
  });
  const unknown =
    value.action && !isAuditAction(value.action)
      ? [{ value: `action:${value.action}`, label: auditActionLabel(value.action, 'ja') }]
      : [];
  return (
    <Select<string>
      showSearch={{ optionFilterProp: 'label' }}
      allowClear
      style={{ width: 340, maxWidth: '100%' }}
      aria-label={t('audit.columns.action')}
      placeholder={t('audit.actionPlaceholder')}
      value={actionChoice(value) || undefined}
      onChange={(choice) => onChange(fromActionChoice(choice ?? ''))}
      options={[...unknown, ...groups]}
      data-testid="audit-action-filter"
    />
  );
}

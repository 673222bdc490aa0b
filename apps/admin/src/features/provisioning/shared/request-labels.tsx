import {
  CHURN_REASON_LABELS,
  CONFIRMATION_FIELD_LABELS,
  CONFIRMATION_FIELDS,
  type ConfirmationField,
  isChurnReason,
  PROVISIONING_KIND_LABELS,
  PROVISIONING_STATUS_LABELS,
  type ProvisioningKind,
  type ProvisioningStatus,
} from '@kizuna/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../../../i18n/language';

const STATUS_COLORS: Record<ProvisioningStatus, string> = {
  PENDING_CHECK: 'gold',
  RETURNED: 'red',
  SCHEDULED: 'blue',
  APPLIED: 'green',
  FAILED: 'volcano',
  REJECTED: 'default',
  WITHDRAWN: 'default',
};

const isConfirmationField = (name: string): name is ConfirmationField =>
  (CONFIRMATION_FIELDS as readonly string[]).includes(name);

/** A domain label as a heading: "effective date" → "Effective date" (Japanese unchanged). */
const capitalized = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);

/** Labels of kinds, statuses, churn reasons and checked fields in the UI language. */
export function useRequestLabels() {
  const { i18n } = useTranslation();
  // Checked fields by the domain's labels; anything else is what a person typed (manual
  // near-misses), shown as typed.
  const field = (name: ConfirmationField | string) =>
    isConfirmationField(name)
      ? capitalized(pick(CONFIRMATION_FIELD_LABELS[name], i18n.language))
      : name;
  return {
    kind: (kind: ProvisioningKind) => pick(PROVISIONING_KIND_LABELS[kind], i18n.language),
    status: (status: ProvisioningStatus) => pick(PROVISIONING_STATUS_LABELS[status], i18n.language),
    churnReason: (reason: string | null | undefined) =>
      isChurnReason(reason) ? pick(CHURN_REASON_LABELS[reason], i18n.language) : '—',
    field,
    fields: (fields: readonly string[]) =>
      fields.map(field).join(i18n.language === 'en' ? ', ' : '・'),
  };
}

/** A request's status as a coloured tag. */
export function RequestStatusTag({ status }: { status: ProvisioningStatus }) {
  const labels = useRequestLabels();
  return (
    <Tag color={STATUS_COLORS[status]} data-status={status}>
      {labels.status(status)}
    </Tag>
  );
}

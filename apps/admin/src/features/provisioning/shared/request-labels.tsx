import {
  CHURN_REASON_LABELS,
  isChurnReason,
  PROVISIONING_KIND_LABELS,
  PROVISIONING_STATUS_LABELS,
  type ProvisioningKind,
  type ProvisioningStatus,
} from '@kizuna/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConfirmationField } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';

const STATUS_COLORS: Record<ProvisioningStatus, string> = {
  PENDING_CHECK: 'gold',
  RETURNED: 'red',
  APPLIED: 'green',
  REJECTED: 'default',
  WITHDRAWN: 'default',
};

/** Labels of kinds, statuses, churn reasons and checked fields in the UI language. */
export function useRequestLabels() {
  const { t, i18n } = useTranslation();
  const field = (name: ConfirmationField | string) =>
    name === 'planCode' || name === 'optionCodes' || name === 'effectiveDate'
      ? t(`requests.fields.${name}`)
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

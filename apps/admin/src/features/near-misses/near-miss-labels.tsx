import {
  NEAR_MISS_CAUSE_LABELS,
  NEAR_MISS_CAUSES,
  NEAR_MISS_KIND_LABELS,
  type NearMissCause,
  type NearMissKind,
  type NearMissStatus,
} from '@kizuna/domain';
import { Select, Tag, type SelectProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../../i18n/language';

const STATUS_COLORS: Record<NearMissStatus, string> = {
  OPEN: 'red',
  COUNTERMEASURE_PLANNED: 'gold',
  CLOSED: 'green',
};

export const isNearMissCause = (v: string | null | undefined): v is NearMissCause =>
  (NEAR_MISS_CAUSES as readonly (string | null | undefined)[]).includes(v);

/** Kind and cause labels (from the domain), in the UI language. */
export function useNearMissLabels() {
  const { i18n } = useTranslation();
  return {
    kind: (kind: NearMissKind) => pick(NEAR_MISS_KIND_LABELS[kind], i18n.language),
    cause: (cause: string | null | undefined) =>
      isNearMissCause(cause) ? pick(NEAR_MISS_CAUSE_LABELS[cause], i18n.language) : '—',
  };
}

export function NearMissKindTag({ kind }: { kind: NearMissKind }) {
  const labels = useNearMissLabels();
  return <Tag color={kind === 'INCIDENT' ? 'volcano' : 'orange'}>{labels.kind(kind)}</Tag>;
}

export function NearMissStatusTag({ status }: { status: NearMissStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`nearMisses.status.${status}`)}</Tag>;
}

/** The optional cause of a near-miss, labelled in the UI language; value and onChange from its Form.Item. */
export function NearMissCauseSelect(props: SelectProps<NearMissCause>) {
  const { t } = useTranslation();
  const labels = useNearMissLabels();
  return (
    <Select<NearMissCause>
      allowClear
      style={{ maxWidth: 320 }}
      placeholder={t('nearMisses.detail.causePlaceholder')}
      options={NEAR_MISS_CAUSES.map((c) => ({ value: c, label: labels.cause(c) }))}
      {...props}
    />
  );
}

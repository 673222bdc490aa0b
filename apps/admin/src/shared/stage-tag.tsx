import { LIFECYCLE_STAGE_LABELS, type LifecycleStage } from '@kizuna/domain';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/language';

const STAGE_COLORS: Record<LifecycleStage, string> = {
  LEAD: 'default',
  TRIAL: 'blue',
  ACTIVE: 'green',
  CHURNED: 'orange',
  ERASED: 'default',
};

/** A lifecycle stage as a coloured tag with its label in the UI language. */
export function StageTag({ stage }: { stage: LifecycleStage }) {
  const { i18n } = useTranslation();
  return (
    <Tag color={STAGE_COLORS[stage]} data-stage={stage}>
      {pick(LIFECYCLE_STAGE_LABELS[stage], i18n.language)}
    </Tag>
  );
}

import { ExclamationCircleOutlined } from '@ant-design/icons';
import { SMALL_SAMPLE_THRESHOLD, TRIAL_SMALL_SAMPLE_THRESHOLD } from '@kizuna/domain';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * 参考値: a rate over few customers paying at the start (retention, churn) or few trials ended
 * (conversion) is a hint, not a fact. `iconOnly` for table cells, where the tooltip says it.
 */
export function EconomicsSmallSampleTag({
  kind,
  iconOnly,
}: {
  kind: 'retention' | 'trial';
  iconOnly?: boolean;
}) {
  const { t } = useTranslation();
  const help =
    kind === 'retention'
      ? t('economics.smallRetentionHelp', { threshold: SMALL_SAMPLE_THRESHOLD })
      : t('economics.smallTrialHelp', { threshold: TRIAL_SMALL_SAMPLE_THRESHOLD });
  return (
    <Tooltip title={help}>
      <Tag
        color="warning"
        icon={<ExclamationCircleOutlined />}
        data-testid="economics-small-sample"
        data-kind={kind}
        aria-label={iconOnly ? t('economics.smallSample') : undefined}
        style={iconOnly ? { marginInlineEnd: 0, paddingInline: 4 } : undefined}
      >
        {iconOnly ? null : t('economics.smallSample')}
      </Tag>
    </Tooltip>
  );
}

/** 集計途中: the period runs up to today, so its figures will still move. */
export function EconomicsInProgressTag({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('economics.inProgressHelp', { to: to.replaceAll('-', '/') })}>
      <Tag color="processing" data-testid="economics-in-progress" style={{ marginInlineEnd: 0 }}>
        {t('economics.inProgress')}
      </Tag>
    </Tooltip>
  );
}

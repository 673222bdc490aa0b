import { ExclamationCircleOutlined } from '@ant-design/icons';
import { SMALL_SAMPLE_THRESHOLD } from '@kizuna/domain';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** 参考値: a rate over fewer than 30 active customers is a hint, not a fact. */
export function ChurnSmallSampleTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('churn.smallSampleHelp', { threshold: SMALL_SAMPLE_THRESHOLD })}>
      <Tag color="warning" icon={<ExclamationCircleOutlined />} data-testid="churn-small-sample">
        {t('churn.smallSample')}
      </Tag>
    </Tooltip>
  );
}

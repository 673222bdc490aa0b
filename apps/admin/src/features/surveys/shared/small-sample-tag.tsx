import { ExclamationCircleOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** 少数サンプル: 参考値 — a figure from fewer than `threshold` answers is a hint, not a fact. */
export function SmallSampleTag({ threshold, short }: { threshold: number; short?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('surveys.headline.smallSampleHelp', { threshold })}>
      <Tag color="warning" icon={<ExclamationCircleOutlined />} data-testid="small-sample">
        {short ? t('surveys.groups.smallSampleMark') : t('surveys.headline.smallSample')}
      </Tag>
    </Tooltip>
  );
}

import { ExclamationCircleOutlined } from '@ant-design/icons';
import { isSmallSample, SMALL_SAMPLE_THRESHOLD } from '@kizuna/domain';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/** 参考値 next to figures over fewer than 30 customers; nothing over more. */
export function SmallSampleTag({ customers }: { customers: number }) {
  const { t } = useTranslation();
  if (customers === 0 || !isSmallSample(customers)) return null;
  return (
    <Tooltip title={t('customerSuccess.smallSampleHelp', { threshold: SMALL_SAMPLE_THRESHOLD })}>
      <Tag
        color="warning"
        icon={<ExclamationCircleOutlined />}
        data-testid="small-sample"
        tabIndex={0}
        aria-label={`${t('customerSuccess.smallSample')}: ${t('customerSuccess.smallSampleHelp', { threshold: SMALL_SAMPLE_THRESHOLD })}`}
      >
        {t('customerSuccess.smallSample')}
      </Tag>
    </Tooltip>
  );
}

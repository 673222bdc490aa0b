import { EyeOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * 「個人情報を表示中」: shown wherever names or e-mail addresses of people are on screen, so that
 * whoever shares, prints or photographs the screen knows. Dark text on a light background
 * (contrast over 7:1), with an icon: not by colour alone.
 */
export function PersonalDataTag() {
  const { t } = useTranslation();
  return (
    <Tooltip title={t('common.personalDataHelp')}>
      <Tag
        icon={<EyeOutlined aria-hidden />}
        data-testid="personal-data-shown"
        style={{
          color: '#7c2d00',
          background: '#fff7e6',
          borderColor: '#ffc069',
          marginInlineEnd: 0,
          fontWeight: 500,
        }}
      >
        {t('common.personalData')}
      </Tag>
    </Tooltip>
  );
}

import { Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../shared/link-button';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={
        <Typography.Title level={1} style={{ margin: 0 }}>
          404
        </Typography.Title>
      }
      subTitle={t('common.pageNotFound')}
      extra={
        <LinkButton to="/" type="primary">
          {t('nav.home')}
        </LinkButton>
      }
    />
  );
}

import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { LinkButton } from '../../shared/link-button';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.pageNotFound')}
      extra={
        <LinkButton to="/" type="primary">
          {t('nav.home')}
        </LinkButton>
      }
    />
  );
}

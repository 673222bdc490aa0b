import { useApolloClient } from '@apollo/client/react';
import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { authToken } from '../../app/auth/auth-token';
import { LanguageSwitch } from '../../app/layout/language-switch';
import { LoginForm } from './login-form';

/** Only paths inside the console may be returned to after signing in. */
const safeReturnPath = (from: string | null) =>
  from && from.startsWith('/') && !from.startsWith('//') ? from : '/';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [params] = useSearchParams();

  return (
    <Flex
      component="main"
      vertical
      align="center"
      justify="center"
      gap={16}
      style={{ minHeight: '100vh', padding: 24 }}
    >
      <Flex vertical align="center" gap={4}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 30 }}>
          絆 {t('app.name')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
      </Flex>
      <Card
        title={t('login.title')}
        style={{ width: 400, maxWidth: '100%' }}
        extra={<LanguageSwitch />}
      >
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        {params.get('expired') && (
          <Alert
            type="warning"
            showIcon
            title={t('login.sessionExpired')}
            style={{ marginBottom: 16 }}
          />
        )}
        <LoginForm
          onSignedIn={({ token }) => {
            authToken.set(token);
            void client
              .clearStore()
              .then(() => navigate(safeReturnPath(params.get('from')), { replace: true }));
          }}
        />
      </Card>
    </Flex>
  );
}

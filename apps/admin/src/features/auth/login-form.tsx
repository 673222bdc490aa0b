import { LockOutlined, MailOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoginDocument, type LoginMutation } from '../../gql/graphql';

export interface LoginFormValues {
  email: string;
  password: string;
}

type SignedIn = NonNullable<LoginMutation['login']['viewer']> & { token: string };

/** Email + password. A refusal (INVALID_CREDENTIALS…) is shown above the button, in words. */
export function LoginForm({ onSignedIn }: { onSignedIn: (session: SignedIn) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginFormValues>();
  const [login, { loading }] = useMutation(LoginDocument);
  const [refusal, setRefusal] = useState<string | null>(null);

  const submit = async ({ email, password }: LoginFormValues) => {
    setRefusal(null);
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      const payload = data?.login;
      if (payload?.token && payload.viewer) {
        onSignedIn({ ...payload.viewer, token: payload.token });
        return;
      }
      const messages = payload?.userErrors.map((e) => e.message) ?? [];
      setRefusal(messages.length > 0 ? messages.join(' ') : t('common.unknownError'));
      form.setFieldValue('password', '');
    } catch {
      setRefusal(t('common.networkError'));
    }
  };

  return (
    <Form<LoginFormValues>
      form={form}
      layout="vertical"
      // The domain rules validate, in words; not the browser's own bubbles.
      noValidate
      requiredMark={false}
      onFinish={(values) => void submit(values)}
      onValuesChange={() => setRefusal(null)}
      aria-label={t('login.title')}
    >
      <Form.Item
        label={t('login.email')}
        name="email"
        rules={[{ required: true, whitespace: true, message: t('login.emailRequired') }]}
      >
        <Input prefix={<MailOutlined />} type="email" autoComplete="username" autoFocus />
      </Form.Item>
      <Form.Item
        label={t('login.password')}
        name="password"
        rules={[{ required: true, message: t('login.passwordRequired') }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      {refusal && (
        <Alert
          role="alert"
          type="error"
          showIcon
          title={t('login.failed')}
          description={refusal}
          style={{ marginBottom: 16 }}
        />
      )}
      <Button type="primary" htmlType="submit" loading={loading} block>
        {t('login.submit')}
      </Button>
    </Form>
  );
}

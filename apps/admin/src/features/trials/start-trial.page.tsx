import { App, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StartTrialForm } from './start-trial-form';

export function StartTrialPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('trials.start.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary">
          {t('trials.start.description')}
        </Typography.Paragraph>
        <StartTrialForm
          onCancel={() => void navigate(-1)}
          onDone={(customer) => {
            void message.success(t('trials.start.succeeded', { name: customer.name }));
            void navigate(`/customers/${encodeURIComponent(customer.id)}`);
          }}
        />
      </Card>
    </Flex>
  );
}

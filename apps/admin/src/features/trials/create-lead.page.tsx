import { App, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StartTrialForm } from './start-trial-form';

/** Register a prospect (LEAD) without starting a trial; its page opens. */
export function CreateLeadPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('trials.lead.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary">{t('trials.lead.description')}</Typography.Paragraph>
        <StartTrialForm
          mode="lead"
          onCancel={() => void navigate(-1)}
          onDone={(customer) => {
            void message.success(t('trials.lead.succeeded', { name: customer.name }));
            void navigate(`/customers/${encodeURIComponent(customer.id)}`);
          }}
        />
      </Card>
    </Flex>
  );
}

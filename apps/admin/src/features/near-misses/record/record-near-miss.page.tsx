import { ArrowLeftOutlined } from '@ant-design/icons';
import { App, Card, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useViewer } from '../../../app/auth/use-viewer';
import { LinkButton } from '../../../shared/link-button';
import { RecordNearMissForm } from './record-near-miss-form';

/** Record a near-miss or incident by hand (those caught by the double check are recorded by it). */
export function RecordNearMissPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { viewer, can } = useViewer();
  // Opened from a request's page: its customer and the request are chosen already.
  const [search] = useSearchParams();
  const back = (
    <LinkButton to="/near-misses" icon={<ArrowLeftOutlined />}>
      {t('nearMisses.detail.back')}
    </LinkButton>
  );
  // Judged once the viewer is known; while it is fetched again (after a language switch) the form
  // stays, with what has been typed.
  if (viewer && !can('near-misses:write'))
    return <Result status="warning" title={t('nearMisses.record.notAllowed')} extra={back} />;

  return (
    <Flex vertical gap={16}>
      <div>{back}</div>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('nearMisses.record.title')}
      </Typography.Title>
      <Card>
        <Typography.Paragraph type="secondary">{t('nearMisses.record.intro')}</Typography.Paragraph>
        <RecordNearMissForm
          customerId={search.get('customerId')}
          requestId={search.get('requestId')}
          onCancel={() => void navigate('/near-misses')}
          onRecorded={(nearMiss) => {
            void message.success(t('nearMisses.record.recorded'));
            void navigate(`/near-misses/${encodeURIComponent(nearMiss.id)}`);
          }}
        />
      </Card>
    </Flex>
  );
}

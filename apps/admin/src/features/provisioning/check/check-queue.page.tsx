import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequestTable } from '../shared/request-table';

/** Requests waiting for a check that the viewer may do — never their own — oldest first. */
export function CheckQueuePage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('requests.queue.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('requests.queue.description')}</Typography.Text>
      <Card>
        <RequestTable
          filter={{ awaitingMyCheck: true }}
          orderBy={{ field: 'CREATED_AT', direction: 'ASC' }}
          variant="queue"
          emptyText={t('requests.queue.empty')}
        />
      </Card>
    </Flex>
  );
}

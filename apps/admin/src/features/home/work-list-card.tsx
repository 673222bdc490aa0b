import { Card, Empty, List, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingState } from '../../shared/page-states';

export interface WorkItem {
  key: string;
  to: string;
  title: string;
  description: ReactNode;
}

/** A short list of things to do on the home screen, with a link to the full list. */
export function WorkListCard(props: {
  title: string;
  items: readonly WorkItem[] | undefined;
  empty: string;
  more: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Card
      title={props.title}
      extra={<Link to={props.more}>{t('home.showList')} →</Link>}
      data-testid={props.testId}
      style={{ height: '100%' }}
    >
      {props.items === undefined ? (
        <LoadingState />
      ) : props.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={props.empty} />
      ) : (
        <List
          size="small"
          dataSource={[...props.items]}
          renderItem={(item) => (
            <List.Item key={item.key}>
              <List.Item.Meta
                title={<Link to={item.to}>{item.title}</Link>}
                description={<Typography.Text type="secondary">{item.description}</Typography.Text>}
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

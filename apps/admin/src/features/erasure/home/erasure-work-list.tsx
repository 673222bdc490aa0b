import { useQuery } from '@apollo/client/react';
import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { HomeErasureDueDocument } from '../../../gql/graphql';
import { formatDate } from '../../../shared/dates';
import { type WorkItem, WorkListCard } from '../../home/work-list-card';
import { erasureWorkItems } from './erasure-work-items';

/**
 * 「消去期限切れ・今週期限の個人情報」 on the home screen: churned customers whose personal data
 * is overdue for erasure or due within seven days (by the server's clock), with their churn and
 * due dates. For staff who may request the erasure.
 */
export function ErasureWorkList() {
  const { t } = useTranslation();
  const { data } = useQuery(HomeErasureDueDocument, { fetchPolicy: 'cache-and-network' });
  const items = data
    ? erasureWorkItems(data.overdue, data.dueThisWeek).map((item): WorkItem => ({
        key: item.id,
        to: `/customers/${encodeURIComponent(item.id)}`,
        title: item.name,
        description: (
          <Space size={8} wrap data-status={item.status}>
            <Tag color={item.status === 'OVERDUE' ? 'red' : 'orange'}>
              {t(`erasure.due.${item.status}`)}
            </Tag>
            <span className="kizuna-tabular">
              {t('erasure.home.churnedOn', { date: formatDate(item.churnedAt) ?? '—' })}
            </span>
            <span className="kizuna-tabular">
              {t('erasure.home.dueOn', { date: formatDate(item.dueAt) ?? '—' })}
            </span>
          </Space>
        ),
      }))
    : undefined;
  return (
    <WorkListCard
      title={t('erasure.home.title')}
      testId="home-erasure-due"
      items={items}
      empty={t('erasure.home.empty')}
      more={
        data?.overdue.totalCount ? '/customers?erasure=OVERDUE' : '/customers?erasure=DUE_THIS_WEEK'
      }
    />
  );
}

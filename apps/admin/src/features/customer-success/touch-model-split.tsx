import { TOUCH_MODEL_LABELS } from '@kizuna/domain';
import { Card, Empty, Flex, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerSuccessQuery } from '../../gql/graphql';
import { pick } from '../../i18n/language';
import { sharePercent } from './customer-success-figures';
import { SmallSampleTag } from './small-sample-tag';

type Count = CustomerSuccessQuery['customerHealthSummary']['touchModels'][number];

/** Customers per touch model (override or derived), with how many staff set by hand. */
export function TouchModelSplit({ counts }: { counts: readonly Count[] }) {
  const { t, i18n } = useTranslation();
  const total = counts.reduce((sum, c) => sum + c.customers, 0);
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <span>{t('customerSuccess.touch.title')}</span>
          <SmallSampleTag customers={total} />
        </Flex>
      }
      data-testid="touch-models"
    >
      {total === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t('customerSuccess.touch.empty')}
        />
      ) : (
        <Table<Count>
          size="small"
          rowKey="touchModel"
          pagination={false}
          dataSource={[...counts]}
          columns={[
            {
              title: t('customerSuccess.touch.model'),
              dataIndex: 'touchModel',
              render: (m: Count['touchModel']) => pick(TOUCH_MODEL_LABELS[m], i18n.language),
            },
            {
              title: t('customerSuccess.touch.customers'),
              dataIndex: 'customers',
              align: 'right',
              render: (n: number) => (
                <span className="kizuna-tabular">
                  {n.toLocaleString()}（
                  {t('customerSuccess.distribution.share', { share: sharePercent(n, total) })}）
                </span>
              ),
            },
            {
              title: t('customerSuccess.touch.overridden'),
              dataIndex: 'overridden',
              align: 'right',
              render: (n: number) => <span className="kizuna-tabular">{n.toLocaleString()}</span>,
            },
          ]}
        />
      )}
    </Card>
  );
}

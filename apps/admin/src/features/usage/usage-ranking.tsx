import { Card, Col, Empty, Flex, Row, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  RANK_MIN_HISTORY_DAYS,
  RANK_MIN_MAU,
  RANK_SIZE,
  rankCustomers,
  type UsageRow,
} from './usage-figures';
import { USAGE_RANK_BYS, type UsageRankBy } from './usage-params';
import { UsageTable } from './usage-table';

/** The customers highest and lowest by DAU/MAU (or DAU, or storage), each a link to its page. */
export function UsageRanking({
  customers,
  established,
  rankBy,
  onRankBy,
}: {
  customers: readonly UsageRow[];
  /** Customers with history enough for DAU/MAU; null: all. */
  established: ReadonlySet<string> | null;
  rankBy: UsageRankBy;
  onRankBy: (rankBy: UsageRankBy) => void;
}) {
  const { t } = useTranslation();
  const { top, bottom, ranked } = rankCustomers(customers, rankBy, { established });
  const name = (g: UsageRow) => (
    <Link to={`/customers/${encodeURIComponent(g.key)}`}>{g.label}</Link>
  );
  return (
    <Card
      title={t('usage.ranking.title')}
      extra={
        <Segmented<UsageRankBy>
          aria-label={t('usage.ranking.rankBy')}
          data-testid="usage-rank-by"
          value={rankBy}
          onChange={onRankBy}
          options={USAGE_RANK_BYS.map((r) => ({ value: r, label: t(`usage.rankBy.${r}`) }))}
        />
      }
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('usage.ranking.rankedCount', { count: ranked })}
          {rankBy === 'STICKINESS' &&
            ` ${t('usage.ranking.minMau', { min: RANK_MIN_MAU, days: RANK_MIN_HISTORY_DAYS })}`}
        </Typography.Text>
        {ranked === 0 ? (
          <Empty description={t('usage.ranking.none')} />
        ) : (
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Typography.Title level={5}>
                {t('usage.ranking.top', { count: Math.min(RANK_SIZE, top.length) })}
              </Typography.Title>
              <UsageTable
                rows={top}
                ranked
                nameTitle={t('usage.table.customer')}
                name={name}
                testId="usage-top"
              />
            </Col>
            {bottom.length > 0 && (
              <Col xs={24} xl={12}>
                <Typography.Title level={5}>
                  {t('usage.ranking.bottom', { count: bottom.length })}
                </Typography.Title>
                <UsageTable
                  rows={bottom}
                  ranked
                  nameTitle={t('usage.table.customer')}
                  name={name}
                  testId="usage-bottom"
                />
              </Col>
            )}
          </Row>
        )}
      </Flex>
    </Card>
  );
}

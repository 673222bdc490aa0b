import { ClockCircleOutlined, RocketOutlined, ShopOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeCountsDocument } from '../../gql/graphql';
import { ErrorState } from '../../shared/page-states';

function CountCard(props: {
  title: string;
  value: number | undefined;
  icon: ReactNode;
  to: string;
  loading: boolean;
  highlight?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Card>
      <Statistic
        title={props.title}
        value={props.value ?? 0}
        loading={props.loading}
        prefix={props.icon}
        suffix={props.value === undefined ? undefined : t('common.countUnit')}
        styles={props.highlight ? { content: { color: '#cf1322' } } : undefined}
      />
      <Link to={props.to}>{t('home.showList')} →</Link>
    </Card>
  );
}

/** Where the day starts: how many customers, and which trials need attention soon. */
export function HomePage() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(HomeCountsDocument, {
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('home.title')}
        </Typography.Title>
        <Link to="/trials/new">
          <Button type="primary" icon={<RocketOutlined />}>
            {t('home.startTrial')}
          </Button>
        </Link>
      </Flex>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={6}>
          <CountCard
            title={t('home.trialsEndingSoon')}
            value={data?.trialsEndingSoon.totalCount}
            icon={<ClockCircleOutlined />}
            to="/customers?stage=TRIAL&trialEnding=7"
            loading={loading && !data}
            highlight
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <CountCard
            title={t('home.trials')}
            value={data?.trials.totalCount}
            icon={<RocketOutlined />}
            to="/customers?stage=TRIAL"
            loading={loading && !data}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <CountCard
            title={t('home.active')}
            value={data?.active.totalCount}
            icon={<ShopOutlined />}
            to="/customers?stage=ACTIVE"
            loading={loading && !data}
          />
        </Col>
        <Col xs={24} sm={12} xl={6}>
          <CountCard
            title={t('home.totalCustomers')}
            value={data?.allCustomers.totalCount}
            icon={<TeamOutlined />}
            to="/customers"
            loading={loading && !data}
          />
        </Col>
      </Row>
    </Flex>
  );
}

import {
  AuditOutlined,
  ClockCircleOutlined,
  RocketOutlined,
  RollbackOutlined,
  ShopOutlined,
  TeamOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { isoDateJst } from '@kizuna/domain';
import { Card, Col, Flex, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../app/auth/use-viewer';
import {
  HomeCountsDocument,
  HomeWorkDocument,
  type HomeRequestItemFragment,
} from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../shared/dates';
import { LinkButton } from '../../shared/link-button';
import { ErrorState } from '../../shared/page-states';
import { ErasureWorkList } from '../erasure/home/erasure-work-list';
import { requestPath } from '../provisioning/shared/request-kinds';
import { useRequestLabels } from '../provisioning/shared/request-labels';
import { ContractWorkLists } from './contract-work-lists';
import { MyTasksCard } from './my-tasks-card';
import { type WorkItem, WorkListCard } from './work-list-card';

function CountCard(props: {
  title: string;
  value: number | undefined;
  icon: ReactNode;
  to: string;
  loading: boolean;
  highlight?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Card data-testid={props.testId}>
      <Statistic
        title={props.title}
        value={props.value ?? 0}
        loading={props.loading}
        prefix={props.icon}
        suffix={props.value === undefined ? undefined : t('common.countUnit')}
        styles={
          props.highlight && (props.value ?? 0) > 0 ? { content: { color: '#cf1322' } } : undefined
        }
      />
      <Link to={props.to}>{t('home.showList')} →</Link>
    </Card>
  );
}

/** The first day of this month in Tokyo, YYYY-MM-DD. */
const monthStartJst = () => `${isoDateJst(new Date()).slice(0, 7)}-01`;

/**
 * Where the day starts: my drafts returned to me, requests waiting for my check (never my own),
 * trials ending within 7 days, near-misses this month; changes that failed on their date,
 * withdrawals to confirm, trials ended in the last 7 days; counts link to their lists.
 */
export function HomePage() {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const { viewer, can, hasRole } = useViewer();
  const asMaker = can('provisioning:write');
  const asChecker = hasRole('CHECKER');
  const monthStart = monthStartJst();
  const counts = useQuery(HomeCountsDocument, { fetchPolicy: 'cache-and-network' });
  const work = useQuery(HomeWorkDocument, {
    variables: { makerId: viewer?.id ?? '', monthStart, asMaker, asChecker },
    skip: !viewer,
    fetchPolicy: 'cache-and-network',
  });
  const c = counts.data;
  const w = work.data;
  const requestItem = (r: HomeRequestItemFragment, to: string): WorkItem => ({
    key: r.id,
    to,
    title: r.customer.name,
    description: `${labels.kind(r.kind)} · ${r.maker?.displayName ?? '—'} · ${formatDateTime(r.createdAt)}`,
  });
  const error = counts.error ?? work.error;

  // The rows fill their width whichever of the maker's and checker's parts are shown.
  const roleParts = (asMaker ? 1 : 0) + (asChecker ? 1 : 0);
  const countSpan = 24 / (roleParts + 2);
  const listSpan = 24 / (roleParts + 1);

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={1} style={{ margin: 0 }}>
          {t('home.title')}
        </Typography.Title>
        {can('customers:write') && (
          <LinkButton to="/trials/new" type="primary" icon={<RocketOutlined />}>
            {t('home.startTrial')}
          </LinkButton>
        )}
      </Flex>
      {error && !(c && w) && (
        <ErrorState
          error={error}
          onRetry={() => {
            void counts.refetch();
            void work.refetch();
          }}
        />
      )}
      <Row gutter={[16, 16]}>
        {asMaker && (
          <Col xs={24} sm={12} xl={countSpan}>
            <CountCard
              title={t('home.returnedToMe')}
              value={w?.returned?.totalCount}
              icon={<RollbackOutlined />}
              to="/requests/mine?status=RETURNED"
              loading={!w}
              highlight
              testId="count-returned"
            />
          </Col>
        )}
        {asChecker && (
          <Col xs={24} sm={12} xl={countSpan}>
            <CountCard
              title={t('home.awaitingMyCheck')}
              value={w?.awaiting?.totalCount}
              icon={<AuditOutlined />}
              to="/requests/check"
              loading={!w}
              testId="count-awaiting"
            />
          </Col>
        )}
        <Col xs={24} sm={12} xl={countSpan}>
          <CountCard
            title={t('home.trialsEndingSoon')}
            value={c?.trialsEndingSoon.totalCount}
            icon={<ClockCircleOutlined />}
            to="/customers?stage=TRIAL&trialEnding=7&sort=trialEnd"
            loading={!c}
            highlight
          />
        </Col>
        <Col xs={24} sm={12} xl={countSpan}>
          <CountCard
            title={t('home.nearMissesThisMonth')}
            value={w?.nearMissesThisMonth.totalCount}
            icon={<WarningOutlined />}
            to={`/near-misses?from=${monthStart}`}
            loading={!w}
            testId="count-near-misses"
          />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        {asMaker && (
          <Col xs={24} xl={listSpan}>
            <WorkListCard
              title={t('home.returnedToMe')}
              testId="home-returned"
              items={w?.returned?.edges.map((e) =>
                requestItem(e.node, `${requestPath(e.node.id)}`),
              )}
              empty={t('home.returnedEmpty')}
              more="/requests/mine?status=RETURNED"
            />
          </Col>
        )}
        {asChecker && (
          <Col xs={24} xl={listSpan}>
            <WorkListCard
              title={t('home.awaitingMyCheck')}
              testId="home-awaiting"
              items={w?.awaiting?.edges.map((e) =>
                requestItem(e.node, `${requestPath(e.node.id)}/check`),
              )}
              empty={t('home.awaitingEmpty')}
              more="/requests/check"
            />
          </Col>
        )}
        {viewer && can('tasks:read') && (
          <Col xs={24} xl={listSpan}>
            <MyTasksCard assigneeId={viewer.id} canWrite={can('tasks:write')} />
          </Col>
        )}
        <Col xs={24} xl={listSpan}>
          <WorkListCard
            title={t('home.trialsEndingList')}
            testId="home-trials-ending"
            items={w?.trialsEnding.edges.map(({ node }) => ({
              key: node.id,
              to: `/customers/${encodeURIComponent(node.id)}`,
              title: node.name,
              description: node.isTrialExpired
                ? t('customers.trial.expired')
                : `${formatDate(node.trialEndsAt)} · ${t('customers.trial.daysLeft', { count: node.trialDaysLeft ?? 0 })}`,
            }))}
            empty={t('home.trialsEndingEmpty')}
            more="/customers?stage=TRIAL&trialEnding=7&sort=trialEnd"
          />
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <ContractWorkLists work={w} asMaker={asMaker} asChecker={asChecker} />
      </Row>
      {/* Erasures due: for the makers who request them. */}
      {asMaker && (
        <Row gutter={[16, 16]}>
          <Col span={24}>
            <ErasureWorkList />
          </Col>
        </Row>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}>
          <CountCard
            title={t('home.trials')}
            value={c?.trials.totalCount}
            icon={<RocketOutlined />}
            to="/customers?stage=TRIAL"
            loading={!c}
          />
        </Col>
        <Col xs={24} sm={8}>
          <CountCard
            title={t('home.active')}
            value={c?.active.totalCount}
            icon={<ShopOutlined />}
            to="/customers?stage=ACTIVE"
            loading={!c}
          />
        </Col>
        <Col xs={24} sm={8}>
          <CountCard
            title={t('home.totalCustomers')}
            value={c?.allCustomers.totalCount}
            icon={<TeamOutlined />}
            to="/customers"
            loading={!c}
          />
        </Col>
      </Row>
    </Flex>
  );
}

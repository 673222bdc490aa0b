import { Col } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HomeRequestItemFragment, HomeWorkQuery } from '../../gql/graphql';
import { formatDate, formatIsoDate } from '../../shared/dates';
import { requestPath } from '../provisioning/shared/request-kinds';
import { useRequestLabels } from '../provisioning/shared/request-labels';
import { type WorkItem, WorkListCard } from './work-list-card';

type Requests = { edges: readonly { node: HomeRequestItemFragment }[] } | null | undefined;

/**
 * Contract changes that need someone: scheduled changes that failed on their date (the maker's
 * own; every one for checkers), withdrawals waiting for a checker, and trials that ended in the
 * last 7 days.
 */
export function ContractWorkLists({
  work,
  asMaker,
  asChecker,
}: {
  work: HomeWorkQuery | undefined;
  asMaker: boolean;
  asChecker: boolean;
}) {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const items = (requests: Requests, detail: (r: HomeRequestItemFragment) => string) =>
    work
      ? (requests?.edges.map(({ node: r }): WorkItem => ({
          key: r.id,
          to: requestPath(r.id),
          title: r.customer.name,
          description: `${labels.kind(r.kind)} · ${t('requests.fields.effectiveDate')} ${formatIsoDate(r.effectiveDate)} · ${detail(r)}`,
        })) ?? [])
      : undefined;
  const failure = (r: HomeRequestItemFragment) => r.failureReason?.message ?? '—';
  // A checker sees every failure, their own included; a maker only theirs.
  const failed = asChecker ? work?.failedAll : work?.failedMine;
  const showFailed = asChecker || asMaker;
  const span = 24 / ((showFailed ? 1 : 0) + (asChecker ? 1 : 0) + 1);
  return (
    <>
      {showFailed && (
        <Col xs={24} xl={span}>
          <WorkListCard
            title={asChecker ? t('home.failedAll') : t('home.failedMine')}
            testId="home-failed"
            items={items(failed, failure)}
            empty={asChecker ? t('home.failedAllEmpty') : t('home.failedMineEmpty')}
            more="/requests/mine?status=FAILED"
          />
        </Col>
      )}
      {asChecker && (
        <Col xs={24} xl={span}>
          <WorkListCard
            title={t('home.withdrawalAsked')}
            testId="home-withdrawal-asked"
            items={items(work?.withdrawalAsked, (r) => r.withdrawal?.reason ?? '—')}
            empty={t('home.withdrawalAskedEmpty')}
            more="/requests/check"
          />
        </Col>
      )}
      <Col xs={24} xl={span}>
        <WorkListCard
          title={t('home.trialsExpiredList')}
          testId="home-trials-expired"
          items={work?.trialsExpired.edges.map(({ node }) => ({
            key: node.id,
            to: `/customers/${encodeURIComponent(node.id)}`,
            title: node.name,
            description: t('home.trialEndedOn', { date: formatDate(node.trialEndsAt) ?? '—' }),
          }))}
          empty={t('home.trialsExpiredEmpty')}
          more="/customers?stage=LEAD"
        />
      </Col>
    </>
  );
}

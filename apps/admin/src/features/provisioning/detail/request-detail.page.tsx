import { useQuery } from '@apollo/client/react';
import { Col, Flex, Result, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequestDetailDocument } from '../../../gql/graphql';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { ProposalCard } from './proposal-card';
import { RequestActions } from './request-actions';
import { RequestFindings } from './request-findings';
import { RequestHeader } from './request-header';
import { RequestHistory } from './request-history';
import { RequestOutcome } from './request-outcome';
import { WithdrawalRequestAlert } from './scheduled-withdrawal';

/** One request: header and actions, the checker's findings, the proposal (if visible), history. */
export function RequestDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(RequestDetailDocument, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
  });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const request = data?.node?.__typename === 'ProvisioningRequest' ? data.node : null;
  if (!request) return <Result status="404" title={t('requests.detail.notFound')} />;
  return (
    <Flex vertical gap={16}>
      <RequestHeader request={request} actions={<RequestActions request={request} />} />
      <RequestFindings request={request} />
      <RequestOutcome request={request} />
      <WithdrawalRequestAlert request={request} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <ProposalCard kind={request.kind} proposal={request.proposal} />
        </Col>
        <Col xs={24} xl={10}>
          <RequestHistory events={request.history} />
        </Col>
      </Row>
    </Flex>
  );
}

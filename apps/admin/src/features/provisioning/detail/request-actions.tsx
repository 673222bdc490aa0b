import { AlertOutlined, AuditOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../app/auth/use-viewer';
import type { RequestHeaderFragment } from '../../../gql/graphql';
import { LinkButton } from '../../../shared/link-button';
import { requestPath } from '../shared/request-kinds';
import { AskWithdrawalButton } from './scheduled-withdrawal';
import { WithdrawButton } from './withdraw-button';

/**
 * What the viewer may do with the request now: the maker corrects or withdraws; a checker who is
 * not the maker checks; whoever records near-misses records one about this request. The API
 * refuses the rest anyway; this only avoids offering it.
 */
export function RequestActions({ request }: { request: RequestHeaderFragment }) {
  const { can } = useViewer();
  return (
    <Space wrap>
      <WorkflowActions request={request} />
      <AskWithdrawalButton request={request} />
      {can('near-misses:write') && <RecordNearMissLink request={request} />}
    </Space>
  );
}

/** A near-miss about this request: the record form with its customer and the request chosen. */
function RecordNearMissLink({ request }: { request: RequestHeaderFragment }) {
  const { t } = useTranslation();
  const search = new URLSearchParams({ customerId: request.customer.id, requestId: request.id });
  return (
    <LinkButton to={`/near-misses/new?${search.toString()}`} icon={<AlertOutlined />}>
      {t('nearMisses.record.button')}
    </LinkButton>
  );
}

function WorkflowActions({ request }: { request: RequestHeaderFragment }) {
  const { t } = useTranslation();
  const { hasRole } = useViewer();
  const path = requestPath(request.id);
  if (request.isMine) {
    return (
      <>
        {request.status === 'PENDING_CHECK' && (
          <Tooltip title={t('requests.detail.ownRequestHint')}>
            <Button disabled icon={<AuditOutlined />}>
              {t('requests.detail.waitingForChecker')}
            </Button>
          </Tooltip>
        )}
        {request.status === 'RETURNED' && (
          <LinkButton to={`${path}/edit`} type="primary" icon={<EditOutlined />}>
            {t('requests.detail.edit')}
          </LinkButton>
        )}
        {(request.status === 'RETURNED' || request.status === 'PENDING_CHECK') && (
          <WithdrawButton requestId={request.id} />
        )}
      </>
    );
  }
  if (request.status === 'PENDING_CHECK' && hasRole('CHECKER')) {
    return (
      <LinkButton to={`${path}/check`} type="primary" icon={<AuditOutlined />}>
        {t('requests.detail.check')}
      </LinkButton>
    );
  }
  return null;
}

import { AuditOutlined, EditOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../../app/auth/use-viewer';
import type { RequestHeaderFragment } from '../../../gql/graphql';
import { requestPath } from '../shared/request-kinds';
import { WithdrawButton } from './withdraw-button';

/**
 * What the viewer may do with the request now: the maker corrects or withdraws; a checker who is
 * not the maker checks. The API refuses the rest anyway; this only avoids offering it.
 */
export function RequestActions({ request }: { request: RequestHeaderFragment }) {
  const { t } = useTranslation();
  const { hasRole } = useViewer();
  const path = requestPath(request.id);
  if (request.isMine) {
    return (
      <Space wrap>
        {request.status === 'PENDING_CHECK' && (
          <Tooltip title={t('requests.detail.ownRequestHint')}>
            <Button disabled icon={<AuditOutlined />}>
              {t('requests.detail.waitingForChecker')}
            </Button>
          </Tooltip>
        )}
        {request.status === 'RETURNED' && (
          <Link to={`${path}/edit`}>
            <Button type="primary" icon={<EditOutlined />}>
              {t('requests.detail.edit')}
            </Button>
          </Link>
        )}
        {(request.status === 'RETURNED' || request.status === 'PENDING_CHECK') && (
          <WithdrawButton requestId={request.id} />
        )}
      </Space>
    );
  }
  if (request.status === 'PENDING_CHECK' && hasRole('CHECKER')) {
    return (
      <Link to={`${path}/check`}>
        <Button type="primary" icon={<AuditOutlined />}>
          {t('requests.detail.check')}
        </Button>
      </Link>
    );
  }
  return null;
}

import { useQuery } from '@apollo/client/react';
import { CONTRACT_KINDS, OPEN_REQUEST_STATUSES } from '@kizuna/domain';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../../app/auth/use-viewer';
import { CustomerOpenRequestDocument } from '../../../gql/graphql';
import { LinkButton } from '../../../shared/link-button';
import { requestPath } from './request-kinds';
import { useRequestLabels } from './request-labels';

/** The notice's id: the disabled change actions point to it (aria-describedby). */
export const OPEN_REQUEST_NOTICE_ID = 'open-request-notice';

/** The filter of the API's own rule (DUPLICATE_PENDING): open statuses, contract kinds. */
export const openRequestFilter = (customerId: string) => ({
  customerId,
  statuses: [...OPEN_REQUEST_STATUSES],
  kinds: [...CONTRACT_KINDS],
});

/**
 * The customer's request still between maker and checker, for staff who may make requests
 * (null for the others, and while loading): while it is open, no other change can be asked for.
 */
export function useOpenRequest(customerId: string) {
  const { can } = useViewer();
  const { data } = useQuery(CustomerOpenRequestDocument, {
    variables: { filter: openRequestFilter(customerId) },
    skip: !can('provisioning:write'),
    fetchPolicy: 'cache-and-network',
  });
  return data?.provisioningRequests.edges[0]?.node ?? null;
}

/** What the change actions disabled by an open request have to say: why, and where it is. */
export function disabledByOpenRequest(request: { id: string } | null) {
  return request ? { disabled: true, 'aria-describedby': OPEN_REQUEST_NOTICE_ID } : {};
}

/**
 * Up front, instead of a refusal once the whole form is filled in: the customer has an open
 * request, so its change actions are disabled; a link opens that request.
 */
export function OpenRequestNotice({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const request = useOpenRequest(customerId);
  if (!request) return null;
  return (
    <Alert
      id={OPEN_REQUEST_NOTICE_ID}
      type="info"
      showIcon
      // Shown with the page, not announced as news.
      role="note"
      data-testid={OPEN_REQUEST_NOTICE_ID}
      title={t('requests.open.title')}
      description={t('requests.open.detail', {
        kind: labels.kind(request.kind),
        status: labels.status(request.status),
      })}
      action={
        <LinkButton to={requestPath(request.id)} size="small">
          {t('requests.open.link')}
        </LinkButton>
      }
    />
  );
}

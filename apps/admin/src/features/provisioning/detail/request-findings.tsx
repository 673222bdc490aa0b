import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProvisioningStatus } from '../../../gql/graphql';
import { useRequestLabels } from '../shared/request-labels';

/** The reason a mismatch return is stored under (the fields are in the history). */
export const MISMATCH_REASON = 'CONFIRMATION_MISMATCH';

export interface FindingsSource {
  status: ProvisioningStatus;
  decisionReason: string | null;
  history: readonly { action: string; mismatchedFields: readonly string[] }[];
}

/** The checker's findings in words: the fields that differed, or the reason they wrote. */
export function useFindings(request: FindingsSource): string | null {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  if (request.status !== 'RETURNED' && request.status !== 'REJECTED') return null;
  if (request.decisionReason === MISMATCH_REASON) {
    const last = [...request.history].reverse().find((e) => e.action === MISMATCH_REASON);
    return t('requests.detail.mismatchFindings', {
      fields: labels.fields(last?.mismatchedFields ?? []),
    });
  }
  return request.decisionReason;
}

/** An alert with the checker's findings on a returned or rejected request. */
export function RequestFindings({ request }: { request: FindingsSource }) {
  const { t } = useTranslation();
  const findings = useFindings(request);
  if (!findings) return null;
  const returned = request.status === 'RETURNED';
  return (
    <Alert
      type={returned ? 'warning' : 'error'}
      showIcon
      data-testid="request-findings"
      title={returned ? t('requests.detail.returnedTitle') : t('requests.detail.rejectedTitle')}
      description={findings}
    />
  );
}

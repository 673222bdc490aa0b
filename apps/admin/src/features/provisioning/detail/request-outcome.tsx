import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RequestHeaderFragment } from '../../../gql/graphql';
import { formatDateTime, formatIsoDate } from '../../../shared/dates';

type OutcomeSource = Pick<
  RequestHeaderFragment,
  'status' | 'effectiveDate' | 'appliedAt' | 'failureReason'
>;

/**
 * What became of an approved request: scheduled for its date (nothing changes until then),
 * applied (when), or failed on its date (the API's reason).
 */
export function RequestOutcome({ request }: { request: OutcomeSource }) {
  const { t } = useTranslation();
  const date = formatIsoDate(request.effectiveDate);
  switch (request.status) {
    case 'SCHEDULED':
      return (
        <Alert
          type="info"
          showIcon
          data-testid="request-outcome"
          title={t('requests.outcome.scheduled', { date })}
          description={t('requests.outcome.scheduledDetail', { date })}
        />
      );
    case 'APPLIED':
      return request.appliedAt ? (
        <Alert
          type="success"
          showIcon
          data-testid="request-outcome"
          title={t('requests.outcome.applied', { at: formatDateTime(request.appliedAt) })}
        />
      ) : null;
    case 'FAILED':
      return (
        <Alert
          type="error"
          showIcon
          data-testid="request-outcome"
          title={t('requests.outcome.failed', { date })}
          description={request.failureReason?.message ?? t('requests.outcome.failedUnknown')}
        />
      );
    default:
      return null;
  }
}

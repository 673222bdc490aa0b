import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { Alert, Button, Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A centred spinner for a page or card whose data is loading. */
export function LoadingState() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ padding: 48 }}>
      <Spin description={t('common.loading')} />
    </Flex>
  );
}

/** A failed load, with the reason when the server gave one, and a retry button. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const detail = CombinedGraphQLErrors.is(error)
    ? error.errors.map((e) => e.message).join(' ')
    : ServerError.is(error) || !(error instanceof Error)
      ? t('common.unknownError')
      : t('common.networkError');
  return (
    <Alert
      type="error"
      showIcon
      title={t('common.loadError')}
      description={detail}
      action={onRetry ? <Button onClick={onRetry}>{t('common.retry')}</Button> : undefined}
    />
  );
}

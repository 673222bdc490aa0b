import { useTranslation } from 'react-i18next';
import { ApiKeySecret } from '../api-keys/api-key-secret';

/** A webhook's signing secret (whsec_…), shown this once after creating or rotating, like an API key. */
export function WebhookSecret({
  secret,
  rotated,
  onClose,
}: {
  secret: string;
  rotated: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ApiKeySecret
      secret={secret}
      onClose={onClose}
      texts={{
        title: t(rotated ? 'webhooks.secretRotatedTitle' : 'webhooks.secretCreatedTitle'),
        label: t('webhooks.secretLabel'),
        warning: t('webhooks.secretWarning'),
        warningDetail: t('webhooks.secretWarningDetail'),
      }}
    />
  );
}

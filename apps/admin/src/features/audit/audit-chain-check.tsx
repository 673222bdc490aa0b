import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AuditChainCheckDocument } from '../../gql/graphql';

/**
 * Runs the chain verification (every hash, link and signature, as `npm run audit:verify`) on
 * demand and says the outcome plainly: intact with the count, or the first broken record.
 * `extra` sits next to the button (the page's other actions).
 */
export function AuditChainCheck({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation();
  const [run, { data, loading, error, called }] = useLazyQuery(AuditChainCheckDocument, {
    fetchPolicy: 'network-only',
  });
  const status = data?.auditChainStatus;
  return (
    <Flex vertical gap={8} data-testid="audit-chain-check">
      <Space wrap>
        <Button
          icon={<SafetyCertificateOutlined />}
          loading={loading}
          onClick={() => void run().catch(() => undefined)}
          data-testid="audit-chain-run"
        >
          {t('audit.verify.button')}
        </Button>
        {extra}
      </Space>
      <div role="status" aria-live="polite">
        {loading ? (
          <Alert type="info" showIcon title={t('audit.verify.running')} />
        ) : called && error ? (
          <Alert type="error" showIcon title={t('audit.verify.failed')} />
        ) : status?.ok ? (
          <Alert
            type="success"
            showIcon
            title={t('audit.verify.ok')}
            description={t('audit.verify.okDetail', { count: status.checked })}
            data-testid="audit-chain-result"
            data-ok="true"
          />
        ) : status ? (
          <Alert
            type="error"
            showIcon
            title={t('audit.verify.broken', { id: status.firstBrokenId })}
            description={t('audit.verify.brokenDetail', {
              fault: status.fault ? t(`audit.verify.faults.${status.fault}`) : '',
              count: status.checked,
            })}
            data-testid="audit-chain-result"
            data-ok="false"
          />
        ) : null}
      </div>
    </Flex>
  );
}

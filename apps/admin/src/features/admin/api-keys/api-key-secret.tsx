import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Modal, Space, Typography } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** The words of the dialog, when it shows another secret than an API key (a webhook's). */
export interface SecretTexts {
  title: string;
  label: string;
  warning: string;
  warningDetail: string;
}

/**
 * The new key in clear text, shown this once: the API keeps only its hash. Closing is a
 * deliberate click (no Escape, no click outside), and the parent forgets the key when it closes.
 */
export function ApiKeySecret({
  secret,
  onClose,
  texts,
}: {
  secret: string;
  onClose: () => void;
  texts?: SecretTexts;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const inputId = useId();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      void message.success(t('admin.apiKeys.copied'));
    } catch {
      void message.error(t('admin.apiKeys.copyFailed'));
    }
  };
  return (
    <Modal
      open
      title={texts?.title ?? t('admin.apiKeys.secretTitle')}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      width={640}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('admin.apiKeys.stored')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={texts?.warning ?? t('admin.apiKeys.secretWarning')}
          description={texts?.warningDetail ?? t('admin.apiKeys.secretWarningDetail')}
        />
        <Flex vertical gap={4}>
          <Typography.Text strong>
            <label htmlFor={inputId}>{texts?.label ?? t('admin.apiKeys.secretLabel')}</label>
          </Typography.Text>
          <Space.Compact style={{ width: '100%' }}>
            <Input
              id={inputId}
              readOnly
              value={secret}
              autoFocus
              onFocus={(e) => e.target.select()}
              style={{ fontFamily: 'monospace' }}
            />
            <Button icon={<CopyOutlined />} onClick={() => void copy()}>
              {t('admin.apiKeys.copy')}
            </Button>
          </Space.Compact>
        </Flex>
      </Flex>
    </Modal>
  );
}

import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { WithdrawProvisioningRequestDocument } from '../../../gql/graphql';

/** The maker takes back a pending or returned request, after confirming. */
export function WithdrawButton({ requestId, size }: { requestId: string; size?: 'small' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [withdraw, { loading }] = useMutation(WithdrawProvisioningRequestDocument, {
    refetchQueries: ['RequestTable', 'HomeWork', 'RequestDetail'],
  });
  const confirm = async () => {
    try {
      const { data } = await withdraw({ variables: { input: { requestId } } });
      const errors = data?.withdrawProvisioningRequest.userErrors ?? [];
      if (errors.length > 0) void message.error(errors.map((e) => e.message).join(' '));
      else void message.success(t('requests.detail.withdrawn'));
    } catch {
      void message.error(t('common.networkError'));
    }
  };
  return (
    <Popconfirm
      title={t('requests.detail.withdrawConfirm')}
      okText={t('requests.detail.withdraw')}
      cancelText={t('requests.form.cancel')}
      onConfirm={() => confirm()}
    >
      <Button danger size={size} loading={loading}>
        {t('requests.detail.withdraw')}
      </Button>
    </Popconfirm>
  );
}

import { useMutation } from '@apollo/client/react';
import { TOUCH_MODEL_LABELS, TOUCH_MODELS, userError, type TouchModel } from '@kizuna/domain';
import { App, Button, Card, Flex, Form, Input, Popconfirm, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CustomerClearTouchModelOverrideDocument,
  CustomerSetTouchModelDocument,
  type TouchModelCardFragment,
} from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { formatDateTime } from '../../../shared/dates';
import { FormModal } from './form-modal';

/** The API keeps at most 500 characters of reason. */
const REASON_MAX = 500;

interface OverrideFormValues {
  touchModel?: TouchModel;
  reason?: string;
}

function OverrideModal({
  customer,
  onClose,
}: {
  customer: TouchModelCardFragment;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [setTouchModel] = useMutation(CustomerSetTouchModelDocument, {
    refetchQueries: ['CustomerAuditEvents'],
  });
  return (
    <FormModal<OverrideFormValues>
      title={t('customer360.touchModel.setTitle')}
      okText={t('customer360.common.save')}
      description={t('customer360.touchModel.setHelp')}
      fields={['touchModel', 'reason']}
      initialValues={{ touchModel: customer.touchModel }}
      check={(v) => [
        ...(v.touchModel ? [] : [userError('REQUIRED', 'touchModel')]),
        ...(v.reason?.trim() ? [] : [userError('REQUIRED', 'reason')]),
      ]}
      send={async (v) =>
        (
          await setTouchModel({
            variables: {
              input: {
                customerId: customer.id,
                touchModel: v.touchModel!,
                reason: v.reason!.trim(),
              },
            },
          })
        ).data?.setTouchModel
      }
      onDone={() => {
        onClose();
        void message.success(t('customer360.touchModel.saved'));
      }}
      onCancel={onClose}
    >
      <Form.Item name="touchModel" label={t('customer360.touchModel.model')} required>
        <Select
          options={TOUCH_MODELS.map((m) => ({
            value: m,
            label: pick(TOUCH_MODEL_LABELS[m], i18n.language),
          }))}
        />
      </Form.Item>
      <Form.Item name="reason" label={t('customer360.touchModel.reason')} required>
        <Input.TextArea rows={3} maxLength={REASON_MAX} showCount />
      </Form.Item>
    </FormModal>
  );
}

/**
 * How much human attention the customer gets: the rule's model and why (which fields were not
 * known), or staff's override with its reason; set by hand (reason required) or back to the rule.
 */
export function TouchModelCard({
  customer,
  canEdit,
}: {
  customer: TouchModelCardFragment;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const [clearOverride, { loading: clearing }] = useMutation(
    CustomerClearTouchModelOverrideDocument,
    { refetchQueries: ['CustomerAuditEvents'] },
  );
  const assessment = customer.touchModelAssessment;
  const override = assessment.override;
  const label = (m: TouchModel) => pick(TOUCH_MODEL_LABELS[m], i18n.language);

  const clear = async () => {
    try {
      const { data } = await clearOverride({
        variables: { input: { customerId: customer.id } },
      });
      const errors = data?.clearTouchModelOverride.userErrors ?? [];
      if (errors.length > 0) void message.error(errors.map((e) => e.message).join(' '));
      else void message.success(t('customer360.touchModel.cleared'));
    } catch {
      void message.error(t('common.networkError'));
    }
  };

  return (
    <Card
      title={t('customer360.touchModel.title')}
      data-testid="touch-model"
      extra={
        canEdit && (
          <Flex gap={8} wrap>
            <Button size="small" onClick={() => setEditing(true)}>
              {t('customer360.touchModel.set')}
            </Button>
            {override && (
              <Popconfirm
                title={t('customer360.touchModel.clearConfirm', {
                  model: label(assessment.derived),
                })}
                okText={t('customer360.touchModel.clear')}
                cancelText={t('customer360.common.cancel')}
                onConfirm={() => clear()}
              >
                <Button size="small" loading={clearing}>
                  {t('customer360.touchModel.clear')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        )
      }
    >
      <Flex vertical gap={8}>
        <Tag
          color={override ? 'purple' : 'blue'}
          data-testid="touch-model-value"
          style={{ fontSize: 14, alignSelf: 'flex-start' }}
        >
          {label(assessment.touchModel)}
        </Tag>
        {override && (
          <Flex vertical gap={2} data-testid="touch-model-override">
            <Typography.Text strong>
              {t('customer360.touchModel.override', { model: label(override.touchModel) })}
            </Typography.Text>
            <Typography.Text>
              {t('customer360.touchModel.reason')}: {override.reason}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('customer360.touchModel.overrideBy', {
                by: override.setBy ?? '—',
                at: formatDateTime(override.setAt),
              })}
            </Typography.Text>
          </Flex>
        )}
        <Typography.Text type={override ? 'secondary' : undefined}>
          {t('customer360.touchModel.derived', { model: label(assessment.derived) })}
        </Typography.Text>
        <Typography.Text type="secondary" data-testid="touch-model-reason">
          {assessment.reason}
        </Typography.Text>
      </Flex>
      {editing && <OverrideModal customer={customer} onClose={() => setEditing(false)} />}
    </Card>
  );
}

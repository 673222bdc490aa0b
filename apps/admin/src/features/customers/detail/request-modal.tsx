import type { UserErrorData } from '@kizuna/domain';
import { Form, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert, useCheckedSubmit } from '../../../shared/form-errors';
import { clearChangedFieldErrors, type FieldMessage } from '../../../shared/user-errors';

/** What a double-checked request mutation answers. */
export interface RequestOutcome {
  request: { id: string } | null;
  userErrors: readonly FieldMessage[];
}

export interface RequestModalProps<V extends object> {
  title: string;
  okText: string;
  description?: ReactNode;
  /** Form fields a refusal may name; refusals of other fields are shown above the buttons. */
  fields: readonly string[];
  initialValues?: V;
  width?: number;
  /** The domain's refusals of the values, before anything is sent. */
  check: (values: V) => UserErrorData[];
  send: (values: V) => Promise<RequestOutcome | null | undefined>;
  onDone: (request: { id: string }) => void;
  onCancel: () => void;
  /** Updated with every change (for live previews). */
  onValuesChange?: (values: V) => void;
  children: ReactNode;
}

/**
 * A small form in a dialog that sends one request: checked by the domain rules first, the API's
 * refusals shown on the fields they name, the created request handed over.
 */
export function RequestModal<V extends object>({
  title,
  okText,
  description,
  fields,
  initialValues,
  width,
  check,
  send,
  onDone,
  onCancel,
  onValuesChange,
  children,
}: RequestModalProps<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const { formErrors, sending, submit } = useCheckedSubmit(form, fields, {
    check,
    send,
    resultOf: (outcome: RequestOutcome) => outcome.request,
    onDone,
  });

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('customers.actions.cancel')}
      width={width}
      confirmLoading={sending}
      onOk={() => form.submit()}
      onCancel={onCancel}
      destroyOnHidden
    >
      {description && <Typography.Paragraph type="secondary">{description}</Typography.Paragraph>}
      <Form<V>
        form={form}
        layout="vertical"
        noValidate
        initialValues={initialValues}
        aria-label={title}
        onFinish={(values) => submit(values)}
        onValuesChange={(changed: object, all: V) => {
          clearChangedFieldErrors(form, changed);
          onValuesChange?.(all);
        }}
      >
        {children}
        <FormErrorAlert title={t('customers.actions.fixErrors')} messages={formErrors.general} />
      </Form>
    </Modal>
  );
}

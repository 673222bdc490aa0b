import type { UserErrorData } from '@kizuna/domain';
import { Form, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert, useCheckedSubmit } from '../../../shared/form-errors';
import { clearChangedFieldErrors, type FieldMessage } from '../../../shared/user-errors';

/** What a record mutation answers: the refusals, empty when it was done. */
export interface MutationOutcome {
  userErrors: readonly FieldMessage[];
}

export interface FormModalProps<V extends object> {
  title: string;
  okText: string;
  description?: ReactNode;
  /** Form fields a refusal may name; refusals of other fields are shown above the buttons. */
  fields: readonly string[];
  initialValues?: Partial<V>;
  /** The domain's refusals of the values, before anything is sent. */
  check?: (values: V) => UserErrorData[];
  send: (values: V) => Promise<MutationOutcome | null | undefined>;
  onDone: () => void;
  onCancel: () => void;
  /** Shown under the general refusals (e.g. a reload button after a version conflict). */
  footer?: (general: readonly string[]) => ReactNode;
  children: ReactNode;
}

/**
 * A form in a dialog that changes one record: checked by the domain rules first, the API's
 * refusals shown on the fields they name, the rest above the buttons.
 */
export function FormModal<V extends object>({
  title,
  okText,
  description,
  fields,
  initialValues,
  check,
  send,
  onDone,
  onCancel,
  footer,
  children,
}: FormModalProps<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const { formErrors, sending, submit } = useCheckedSubmit(form, fields, {
    check,
    send,
    // A record mutation carries nothing more on success than the absence of refusals.
    resultOf: (outcome: MutationOutcome) => outcome,
    onDone: () => onDone(),
  });

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={t('customer360.common.cancel')}
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
        onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed)}
      >
        {children}
        <FormErrorAlert title={t('customer360.common.fixErrors')} messages={formErrors.general} />
        {footer?.(formErrors.general)}
      </Form>
    </Modal>
  );
}

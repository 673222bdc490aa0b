import type { UserErrorData } from '@kizuna/domain';
import { Button, Drawer, Form, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert, useCheckedSubmit } from '../../../shared/form-errors';
import { clearChangedFieldErrors, type FieldMessage } from '../../../shared/user-errors';

/** What a create/update mutation answers: the saved thing, or why not. */
export interface MutationOutcome<R> {
  result: R | null | undefined;
  userErrors: readonly FieldMessage[];
}

export interface FormDrawerProps<V extends object, R> {
  title: string;
  okText: string;
  /** Input paths a refusal may name; refusals of other fields are shown above the buttons. */
  fields: readonly string[];
  initialValues?: Partial<V>;
  /** The domain's refusals of the values, before anything is sent. */
  check?: (values: V) => UserErrorData[];
  send: (values: V) => Promise<MutationOutcome<R> | null | undefined>;
  onDone: (result: R) => void;
  onClose: () => void;
  onValuesChange?: (changed: Partial<V>, all: V) => void;
  width?: number;
  children: ReactNode;
}

/**
 * A create or edit form in a drawer: checked by the domain rules first, the API's refusals shown
 * on the fields they name, the rest above the buttons. Enter submits, Escape closes.
 */
export function FormDrawer<V extends object, R>({
  title,
  okText,
  fields,
  initialValues,
  check,
  send,
  onDone,
  onClose,
  onValuesChange,
  width = 520,
  children,
}: FormDrawerProps<V, R>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const { formErrors, sending, submit } = useCheckedSubmit(form, fields, {
    check,
    send,
    resultOf: (outcome: MutationOutcome<R>) => outcome.result,
    onDone,
  });

  return (
    <Drawer open title={title} size={width} onClose={onClose} destroyOnHidden>
      <Form<V>
        form={form}
        layout="vertical"
        // Our messages, not the browser's bubbles; a refused field gets the focus.
        noValidate
        scrollToFirstError={{ focus: true }}
        aria-label={title}
        initialValues={initialValues}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: Partial<V>, all: V) => {
          clearChangedFieldErrors(form, changed);
          onValuesChange?.(changed, all);
        }}
      >
        {children}
        <FormErrorAlert title={t('admin.common.notSaved')} messages={formErrors.general} />
        <Space>
          <Button type="primary" htmlType="submit" loading={sending}>
            {okText}
          </Button>
          <Button onClick={onClose}>{t('admin.common.cancel')}</Button>
        </Space>
      </Form>
    </Drawer>
  );
}

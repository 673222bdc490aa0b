import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { Alert } from 'antd';
import type { FormInstance } from 'antd';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/language';
import { requestIdOf } from './request-id';
import { applyFieldErrors, type FieldMessage } from './user-errors';

/** A refusal of the domain's own check, its message in both languages. */
export interface LocalizedFieldMessage {
  field: string | null;
  message: { ja: string; en: string };
}

/**
 * The refusals of a form: those naming a known field go on the field, the rest are kept as
 * `general` (to show in a {@link FormErrorAlert}).
 */
export function useFormErrors(
  form: Pick<FormInstance, 'setFields'>,
  knownFields: readonly string[],
) {
  const { t, i18n } = useTranslation();
  const [general, setGeneral] = useState<string[]>([]);
  return {
    general,
    clear: () => setGeneral([]),
    /** The domain rules refused the values before sending, in the language shown. */
    showDomainErrors: (errors: readonly LocalizedFieldMessage[]) =>
      setGeneral(
        applyFieldErrors(
          form,
          errors.map((e) => ({ field: e.field, message: pick(e.message, i18n.language) })),
          knownFields,
        ),
      ),
    /** The API's userErrors; a payload that neither succeeded nor said why is an unknown error. */
    showUserErrors: (errors: readonly FieldMessage[]) => {
      const rest = applyFieldErrors(form, errors, knownFields);
      setGeneral(rest.length > 0 || errors.length > 0 ? rest : [t('common.unknownError')]);
    },
    /**
     * The request failed without a payload: the network, or a fault of the server, with the
     * request id to quote to support when the API gave one.
     */
    showFailure: (error: unknown) => {
      const requestId = requestIdOf(error);
      setGeneral([
        requestId
          ? t('common.unknownErrorWithRequestId', { requestId })
          : CombinedGraphQLErrors.is(error) || ServerError.is(error)
            ? t('common.unknownError')
            : t('common.networkError'),
      ]);
    },
  };
}

/**
 * The submit of a form that changes something: the domain's refusals first (nothing is sent),
 * then `send`; the API's refusals on the fields they name, the rest and any failure kept as
 * `general`, `sending` while it runs. `resultOf` picks what a successful answer carries
 * (nothing: not done) and hands it to `onDone`.
 */
export function useCheckedSubmit<V, O extends { userErrors: readonly FieldMessage[] }, R>(
  form: Pick<FormInstance, 'setFields'>,
  knownFields: readonly string[],
  options: {
    check?: (values: V) => readonly LocalizedFieldMessage[];
    send: (values: V) => Promise<O | null | undefined>;
    resultOf: (outcome: O) => R | null | undefined;
    onDone: (result: R) => void;
  },
) {
  const formErrors = useFormErrors(form, knownFields);
  const [sending, setSending] = useState(false);
  const submit = async (values: V) => {
    formErrors.clear();
    const refused = options.check?.(values) ?? [];
    if (refused.length > 0) {
      formErrors.showDomainErrors(refused);
      return;
    }
    setSending(true);
    try {
      const outcome = await options.send(values);
      const result = outcome ? options.resultOf(outcome) : null;
      if (outcome && result && outcome.userErrors.length === 0) {
        options.onDone(result);
        return;
      }
      formErrors.showUserErrors(outcome?.userErrors ?? []);
    } catch (error) {
      formErrors.showFailure(error);
    } finally {
      setSending(false);
    }
  };
  return { formErrors, sending, submit };
}

/** The refusals that name no field, above the submit button. */
export function FormErrorAlert({
  title,
  messages,
  style = { marginBottom: 16 },
}: {
  title: string;
  messages: readonly string[];
  style?: CSSProperties;
}) {
  if (messages.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={title}
      description={messages.join(' ')}
      style={style}
    />
  );
}

import { useMutation } from '@apollo/client/react';
import {
  RequestCancellationDocument,
  RequestConversionDocument,
  RequestOptionChangeDocument,
  RequestPlanChangeDocument,
  ResubmitProvisioningRequestDocument,
  type RequestFormResultFragment,
} from '../../../gql/graphql';
import type { FormKind } from '../shared/request-kinds';
import type { FieldMessage } from '../../../shared/user-errors';
import {
  serializeRequestForm,
  serializeResubmit,
  type RequestFormValues,
} from './request-form.serializer';

export interface SubmitOutcome {
  request: RequestFormResultFragment | null;
  userErrors: readonly FieldMessage[];
}

/** Send a new request of the given kind, or the correction of a returned one. */
export function useSubmitRequest() {
  const refetchQueries = ['RequestTable', 'HomeWork'];
  const [conversion, c] = useMutation(RequestConversionDocument, { refetchQueries });
  const [planChange, p] = useMutation(RequestPlanChangeDocument, { refetchQueries });
  const [optionChange, o] = useMutation(RequestOptionChangeDocument, { refetchQueries });
  const [cancellation, x] = useMutation(RequestCancellationDocument, { refetchQueries });
  const [resubmit, r] = useMutation(ResubmitProvisioningRequestDocument, { refetchQueries });
  const loading = c.loading || p.loading || o.loading || x.loading || r.loading;

  const submit = async (
    kind: FormKind,
    target: { customerId: string } | { request: { id: string; version: number } },
    values: RequestFormValues,
  ): Promise<SubmitOutcome | null> => {
    if ('request' in target) {
      const { data } = await resubmit({
        variables: { input: serializeResubmit(kind, target.request, values) },
      });
      return data?.resubmitProvisioningRequest ?? null;
    }
    const m = serializeRequestForm(kind, target.customerId, values);
    switch (m.kind) {
      case 'CONVERSION':
        return (
          (await conversion({ variables: { input: m.input } })).data?.requestConversion ?? null
        );
      case 'PLAN_CHANGE':
        return (
          (await planChange({ variables: { input: m.input } })).data?.requestPlanChange ?? null
        );
      case 'OPTION_CHANGE':
        return (
          (await optionChange({ variables: { input: m.input } })).data?.requestOptionChange ?? null
        );
      case 'CANCELLATION':
        return (
          (await cancellation({ variables: { input: m.input } })).data?.requestCancellation ?? null
        );
    }
  };
  return { submit, loading };
}

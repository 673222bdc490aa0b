import {
  DEFAULT_CONTRACT_TERM,
  previewProvisioning,
  validateProvisioningDraft,
  type ChurnReason,
  type ContractTerm,
  type LifecycleStage,
  type SubscriptionChangeInput,
  type SubscriptionChangePreview,
  type UserErrorData,
} from '@kizuna/domain';
import type {
  RequestCancellationInput,
  RequestConversionInput,
  RequestFormCustomerFragment,
  RequestOptionChangeInput,
  RequestPlanChangeInput,
  ResubmitProvisioningRequestInput,
} from '../../../gql/graphql';
import type { FormKind } from '../shared/request-kinds';

/** What the request form holds; the effective date as YYYY-MM-DD (the date picker converts). */
export interface RequestFormValues {
  planCode?: string | null;
  optionCodes?: readonly string[];
  effectiveDate?: string | null;
  churnReason?: ChurnReason | null;
  churnNote?: string | null;
  /** CONVERSION: the new contract's term (MONTHLY unless chosen). */
  contractTerm?: ContractTerm | null;
  /** A resubmission: what the maker corrected, for the checker. */
  note?: string | null;
}

/** Form fields a refusal may name; anything else (customerId, requestId, version) is shown above. */
export const REQUEST_FORM_FIELDS = [
  'planCode',
  'optionCodes',
  'effectiveDate',
  'churnReason',
  'churnNote',
  'contractTerm',
  'note',
] as const;

/** Which fields the maker decides, per kind (the rest follow from the current subscription). */
export const REQUEST_KIND_FIELDS: Record<
  FormKind,
  readonly (typeof REQUEST_FORM_FIELDS)[number][]
> = {
  CONVERSION: ['planCode', 'optionCodes', 'contractTerm', 'effectiveDate'],
  PLAN_CHANGE: ['planCode', 'effectiveDate'],
  OPTION_CHANGE: ['optionCodes', 'effectiveDate'],
  CANCELLATION: ['churnReason', 'churnNote', 'effectiveDate'],
};

type Current = RequestFormCustomerFragment['subscription'];

const trimmed = (s: string | null | undefined) => s?.trim() || null;
const codes = (values: RequestFormValues) => [...new Set(values.optionCodes ?? [])].sort();

/**
 * The subscription the request asks for, as the API computes it: a plan change keeps the options,
 * an option change keeps the plan, a cancellation ends everything.
 */
export function proposedSubscription(
  kind: FormKind,
  values: RequestFormValues,
  current: Current,
): { planCode: string | null; optionCodes: string[] } {
  const currentCodes = [...(current?.options.map((o) => o.code) ?? [])].sort();
  switch (kind) {
    case 'CONVERSION':
      return { planCode: trimmed(values.planCode), optionCodes: codes(values) };
    case 'PLAN_CHANGE':
      return { planCode: trimmed(values.planCode), optionCodes: currentCodes };
    case 'OPTION_CHANGE':
      return { planCode: current?.plan.code ?? null, optionCodes: codes(values) };
    case 'CANCELLATION':
      return { planCode: null, optionCodes: [] };
  }
}

export type RequestMutationInput =
  | { kind: 'CONVERSION'; input: RequestConversionInput }
  | { kind: 'PLAN_CHANGE'; input: RequestPlanChangeInput }
  | { kind: 'OPTION_CHANGE'; input: RequestOptionChangeInput }
  | { kind: 'CANCELLATION'; input: RequestCancellationInput };

/** Form values → the input of the mutation for this kind of request (only its own fields). */
export function serializeRequestForm(
  kind: FormKind,
  customerId: string,
  values: RequestFormValues,
): RequestMutationInput {
  const effectiveDate = values.effectiveDate ?? '';
  switch (kind) {
    case 'CONVERSION':
      return {
        kind,
        input: {
          customerId,
          planCode: trimmed(values.planCode) ?? '',
          optionCodes: codes(values),
          effectiveDate,
          contractTerm: values.contractTerm ?? DEFAULT_CONTRACT_TERM,
        },
      };
    case 'PLAN_CHANGE':
      return {
        kind,
        input: { customerId, planCode: trimmed(values.planCode) ?? '', effectiveDate },
      };
    case 'OPTION_CHANGE':
      return { kind, input: { customerId, optionCodes: codes(values), effectiveDate } };
    case 'CANCELLATION':
      return {
        kind,
        input: {
          customerId,
          // The API's enum refuses an empty value; the domain rules have already said "required".
          churnReason: values.churnReason ?? 'OTHER',
          churnNote: trimmed(values.churnNote),
          effectiveDate,
        },
      };
  }
}

/**
 * A corrected RETURNED request: the fields this kind decides, bound to the version corrected, with
 * the maker's note on what changed (null when none).
 */
export function serializeResubmit(
  kind: FormKind,
  request: { id: string; version: number },
  values: RequestFormValues,
): ResubmitProvisioningRequestInput {
  const { input } = serializeRequestForm(kind, '', values);
  const { customerId: _customerId, ...fields } = input;
  return {
    requestId: request.id,
    version: request.version,
    ...fields,
    note: trimmed(values.note),
  };
}

export interface DraftCheck {
  /** Refusals of the domain rules (the API applies the same ones). */
  errors: UserErrorData[];
  /** The effect of the request, once a plan (where needed) is chosen and the catalog knows it. */
  preview: SubscriptionChangePreview | null;
}

/**
 * The domain's rules and preview for the values as typed: what the live preview shows and what
 * is checked before anything is sent.
 */
export function checkRequestDraft(args: {
  kind: FormKind;
  stage: LifecycleStage;
  current: Current;
  values: RequestFormValues;
  catalog: SubscriptionChangeInput['catalog'];
  today: Date;
}): DraftCheck {
  const { kind, current, values, catalog } = args;
  const proposal = proposedSubscription(kind, values, current);
  const currentState = current && {
    planCode: current.plan.code,
    optionCodes: current.options.map((o) => o.code),
    isTrial: current.status === 'TRIAL',
    status: current.status,
  };
  const checked = validateProvisioningDraft({
    kind,
    stage: args.stage,
    current: currentState,
    proposal: {
      ...proposal,
      effectiveDate: values.effectiveDate ?? '',
      churnReason: values.churnReason ?? null,
      churnNote: trimmed(values.churnNote),
      contractTerm: kind === 'CONVERSION' ? (values.contractTerm ?? null) : null,
    },
    catalog,
    today: args.today,
  });
  const needsPlan = kind === 'CONVERSION' || kind === 'PLAN_CHANGE';
  const preview =
    needsPlan && !proposal.planCode
      ? null
      : previewProvisioning({
          kind,
          current: currentState,
          proposal: {
            ...proposal,
            ...(values.effectiveDate ? { effectiveDate: values.effectiveDate } : {}),
          },
          catalog,
        });
  return {
    errors: [
      ...(checked.ok ? [] : checked.error),
      ...(preview && !preview.ok ? preview.error : []),
    ],
    preview: preview?.ok ? preview.value : null,
  };
}

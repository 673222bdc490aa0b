import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type {
  ChurnReason,
  ContractTerm,
  ProvisioningKind,
  ProvisioningStatus,
} from '@kizuna/domain';
import { UserError } from '../../graphql/user-error.type';
import { OrderDirection } from '../customers/customer.inputs';
import { ContractTermEnum } from '../subscriptions/subscription.type';
import {
  ChurnReasonEnum,
  ConfirmationField,
  ProvisioningKindEnum,
  ProvisioningRequestType,
  ProvisioningStatusEnum,
} from './provisioning.type';

@InputType()
export class RequestConversionInput {
  @Field(() => ID)
  customerId: string;

  @Field()
  planCode: string;

  @Field(() => [String], {
    description: 'Trial options to keep (and any to add); every other trial option is removed.',
  })
  optionCodes: string[];

  @Field({ description: 'YYYY-MM-DD, today or later (Asia/Tokyo).' })
  effectiveDate: string;

  @Field(() => ContractTermEnum, {
    nullable: true,
    description:
      'The new contract’s term: MONTHLY (default when omitted) or ANNUAL. Applied with the change; the checker re-enters it blind.',
  })
  contractTerm?: ContractTerm | null;
}

@InputType()
export class RequestPlanChangeInput {
  @Field(() => ID)
  customerId: string;

  @Field()
  planCode: string;

  @Field()
  effectiveDate: string;
}

@InputType()
export class RequestOptionChangeInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => [String], { description: 'The complete set of options after the change.' })
  optionCodes: string[];

  @Field()
  effectiveDate: string;
}

@InputType()
export class RequestCancellationInput {
  @Field(() => ID)
  customerId: string;

  @Field(() => ChurnReasonEnum)
  churnReason: ChurnReason;

  @Field(() => String, { nullable: true, description: 'Free text; required for OTHER.' })
  churnNote?: string | null;

  @Field()
  effectiveDate: string;
}

@InputType()
export class RequestReactivationInput {
  @Field(() => ID, { description: 'A CHURNED customer (never an ERASED one).' })
  customerId: string;

  @Field()
  planCode: string;

  @Field(() => [String], { description: 'The complete set of options of the new contract.' })
  optionCodes: string[];

  @Field({ description: 'YYYY-MM-DD, today or later (Asia/Tokyo).' })
  effectiveDate: string;

  @Field(() => ContractTermEnum, {
    nullable: true,
    description:
      'The new contract’s term: MONTHLY (default when omitted) or ANNUAL. Applied with the change; the checker re-enters it blind.',
  })
  contractTerm?: ContractTerm | null;
}

@InputType()
export class RequestErasureInput {
  @Field(() => ID, { description: 'A CHURNED customer.' })
  customerId: string;

  @Field({
    description:
      'YYYY-MM-DD, today or later (Asia/Tokyo): the personal data is erased on that day.',
  })
  effectiveDate: string;
}

@InputType()
export class RequestTrialExtensionInput {
  @Field(() => ID, { description: 'A customer in TRIAL.' })
  customerId: string;

  @Field(() => Int, { description: 'Extra days; at most 30 in total per trial.' })
  days: number;

  @Field({ description: 'Why (for the checker).' })
  reason: string;
}

@InputType()
export class RequestSecondTrialInput {
  @Field(() => ID, { description: 'A LEAD whose first trial ended.' })
  customerId: string;

  @Field({ description: 'Why (for the checker).' })
  reason: string;
}

@InputType()
export class RequestScheduledChangeWithdrawalInput {
  @Field(() => ID, { description: 'A SCHEDULED request.' })
  requestId: string;

  @Field({ description: 'Why (for the checker who confirms).' })
  reason: string;
}

@InputType()
export class ConfirmScheduledChangeWithdrawalInput {
  @Field(() => ID)
  requestId: string;
}

@InputType()
export class DeclineScheduledChangeWithdrawalInput {
  @Field(() => ID)
  requestId: string;
}

@InputType({
  description:
    'A corrected version of a RETURNED request, by its maker. Omitted fields keep their value.',
})
export class ResubmitProvisioningRequestInput {
  @Field(() => ID)
  requestId: string;

  @Field(() => Int, { description: 'The version the maker corrected.' })
  version: number;

  @Field(() => String, { nullable: true })
  planCode?: string | null;

  @Field(() => [String], { nullable: true })
  optionCodes?: string[] | null;

  @Field(() => String, { nullable: true })
  effectiveDate?: string | null;

  @Field(() => ChurnReasonEnum, { nullable: true })
  churnReason?: ChurnReason | null;

  @Field(() => String, { nullable: true })
  churnNote?: string | null;

  @Field(() => Int, { nullable: true, description: 'TRIAL_EXTENSION: extra days.' })
  trialExtensionDays?: number | null;

  @Field(() => ContractTermEnum, {
    nullable: true,
    description: 'CONVERSION, REACTIVATION: the new contract’s term (omitted: kept).',
  })
  contractTerm?: ContractTerm | null;

  @Field(() => String, {
    nullable: true,
    description: 'What was corrected, for the checker (≤ 2,000 characters).',
  })
  note?: string | null;
}

@InputType({
  description:
    "The checker's blind re-entry of the critical fields of the request's kind: plan, options and effective date (conversion, plan/option change, reactivation) and the contract term (conversion, reactivation); effective date (cancellation, second trial); the new trial end date (trial extension); the company's corporate number (erasure). Fields the kind does not check are ignored.",
})
export class ProvisioningConfirmationInput {
  @Field(() => String, {
    nullable: true,
    description: 'Plan after the change; null for a cancellation.',
  })
  planCode?: string | null;

  @Field(() => [String], { nullable: true })
  optionCodes?: string[] | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  effectiveDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'TRIAL_EXTENSION: the new last day of the trial, YYYY-MM-DD (Asia/Tokyo).',
  })
  trialEndsOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "ERASURE: the company's corporate number (法人番号, 13 digits), re-entered blind.",
  })
  corporateNumber?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'SERVICE_CREDIT: the credit excluding tax (税抜, whole yen), re-entered blind.',
  })
  creditAmountYen?: number | null;

  @Field(() => ContractTermEnum, {
    nullable: true,
    description:
      'CONVERSION, REACTIVATION: the new contract’s term, re-entered blind (omitted: MONTHLY, the default).',
  })
  contractTerm?: ContractTerm | null;
}

@InputType()
export class ApproveProvisioningRequestInput {
  @Field(() => ID)
  requestId: string;

  @Field(() => Int, { description: 'The version the checker saw.' })
  version: number;

  @Field(() => ProvisioningConfirmationInput)
  confirmation: ProvisioningConfirmationInput;
}

@InputType('DecideProvisioningRequestInputBase')
export class DecideProvisioningRequestInput {
  @Field(() => ID)
  requestId: string;

  @Field({ description: 'Why (shown to the maker).' })
  reason: string;
}

@InputType()
export class WithdrawProvisioningRequestInput {
  @Field(() => ID)
  requestId: string;
}

@InputType()
export class ProvisioningRequestFilter {
  @Field(() => ProvisioningStatusEnum, { nullable: true })
  status?: ProvisioningStatus | null;

  @Field(() => [ProvisioningStatusEnum], { nullable: true, description: 'Any of these statuses.' })
  statuses?: ProvisioningStatus[] | null;

  @Field(() => ProvisioningKindEnum, { nullable: true })
  kind?: ProvisioningKind | null;

  @Field(() => [ProvisioningKindEnum], { nullable: true, description: 'Any of these kinds.' })
  kinds?: ProvisioningKind[] | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the maker (a StaffMember id).' })
  makerId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: requests waiting for a check that the caller may do (never their own, nor one whose earlier version they returned or rejected).',
  })
  awaitingMyCheck?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: SCHEDULED requests whose withdrawal someone asked for (a checker must decide).',
  })
  withdrawalRequested?: boolean | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description:
      'Incremental sync: requests changed after this instant (ISO 8601 with offset) — any change of status, content, decision or withdrawal. Ordered by (updatedAt, id) ascending unless orderBy says otherwise; pass the greatest updatedAt received as the next updatedSince (rows may repeat; overlap by a few seconds to cover transactions still running).',
  })
  updatedSince?: Date | null;
}

export enum ProvisioningRequestOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}
registerEnumType(ProvisioningRequestOrderField, {
  name: 'ProvisioningRequestOrderField',
  valuesConfig: {
    UPDATED_AT: {
      description: 'Last change: the order of incremental sync (filter.updatedSince).',
    },
  },
});

@InputType({
  description:
    'Default: newest first; with filter.updatedSince, UPDATED_AT ascending. The check queue reads oldest first (ASC).',
})
export class ProvisioningRequestOrder {
  @Field(() => ProvisioningRequestOrderField)
  field: ProvisioningRequestOrderField;

  @Field(() => OrderDirection)
  direction: OrderDirection;
}

@ObjectType('ProvisioningRequestPayloadBase')
export class ProvisioningRequestPayload {
  @Field(() => ProvisioningRequestType, { nullable: true })
  request: ProvisioningRequestType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class ApproveProvisioningRequestPayload extends ProvisioningRequestPayload {
  @Field(() => [ConfirmationField], {
    description:
      'On CONFIRMATION_MISMATCH: the fields whose re-entry differed (the request was returned).',
  })
  mismatchedFields: ConfirmationField[];
}

// One input and one payload type per mutation (verbNoun(input: VerbNounInput!): VerbNounPayload).
@InputType()
export class ReturnProvisioningRequestInput extends DecideProvisioningRequestInput {}
@InputType()
export class RejectProvisioningRequestInput extends DecideProvisioningRequestInput {}

@ObjectType()
export class RequestConversionPayload extends ProvisioningRequestPayload {}
@ObjectType()
export class RequestPlanChangePayload extends ProvisioningRequestPayload {}
@ObjectType()
export class RequestOptionChangePayload extends ProvisioningRequestPayload {}
@ObjectType()
export class RequestCancellationPayload extends ProvisioningRequestPayload {}
@ObjectType()
export class ResubmitProvisioningRequestPayload extends ProvisioningRequestPayload {}
@ObjectType()
export class WithdrawProvisioningRequestPayload extends ProvisioningRequestPayload {}
@ObjectType()
export class RequestReactivationPayload extends ProvisioningRequestPayload {}
@ObjectType()
export class RequestTrialExtensionPayload extends ProvisioningRequestPayload {}
@ObjectType()
export class RequestErasurePayload extends ProvisioningRequestPayload {}
@ObjectType()
export class RequestSecondTrialPayload extends ProvisioningRequestPayload {}
@ObjectType()
export class RequestScheduledChangeWithdrawalPayload extends ProvisioningRequestPayload {}
@ObjectType()
export class ConfirmScheduledChangeWithdrawalPayload extends ProvisioningRequestPayload {}
@ObjectType()
export class DeclineScheduledChangeWithdrawalPayload extends ProvisioningRequestPayload {}
@ObjectType()
export class ReturnProvisioningRequestPayload extends ProvisioningRequestPayload {}
@ObjectType()
export class RejectProvisioningRequestPayload extends ProvisioningRequestPayload {}

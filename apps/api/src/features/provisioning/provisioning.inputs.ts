import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { ChurnReason, ProvisioningKind, ProvisioningStatus } from '@kizuna/domain';
import { UserError } from '../../graphql/user-error.type';
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
}

@InputType({ description: "The checker's blind re-entry of the critical fields." })
export class ProvisioningConfirmationInput {
  @Field(() => String, {
    nullable: true,
    description: 'Plan after the change; null for a cancellation.',
  })
  planCode?: string | null;

  @Field(() => [String])
  optionCodes: string[];

  @Field()
  effectiveDate: string;
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

  @Field(() => ProvisioningKindEnum, { nullable: true })
  kind?: ProvisioningKind | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the maker (a StaffMember id).' })
  makerId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: requests waiting for a check that the caller may do (never their own).',
  })
  awaitingMyCheck?: boolean | null;
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
export class ReturnProvisioningRequestPayload extends ProvisioningRequestPayload {}
@ObjectType()
export class RejectProvisioningRequestPayload extends ProvisioningRequestPayload {}

import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CHURN_REASONS,
  PROVISIONING_KINDS,
  PROVISIONING_STATUSES,
  type ChurnReason,
  type ProvisioningKind,
  type ProvisioningStatus,
} from '@kizuna/domain';
import { Connection } from '../../graphql/connection.type';
import { TaxedAmountType } from '../../graphql/money.type';
import { NodeInterface } from '../../graphql/node.interface';
import { enumOf } from '../../graphql/enum-of';

export const ProvisioningKindEnum = enumOf(PROVISIONING_KINDS);
registerEnumType(ProvisioningKindEnum, { name: 'ProvisioningKind' });
export const ProvisioningStatusEnum = enumOf(PROVISIONING_STATUSES);
registerEnumType(ProvisioningStatusEnum, {
  name: 'ProvisioningStatus',
  description:
    'PENDING_CHECK → APPLIED | RETURNED | REJECTED | WITHDRAWN; RETURNED → PENDING_CHECK (resubmitted) | WITHDRAWN',
});
export const ChurnReasonEnum = enumOf(CHURN_REASONS);
registerEnumType(ChurnReasonEnum, { name: 'ChurnReason' });

export enum ConfirmationField {
  planCode = 'planCode',
  optionCodes = 'optionCodes',
  effectiveDate = 'effectiveDate',
}
registerEnumType(ConfirmationField, {
  name: 'ConfirmationField',
  description: 'A field the checker re-enters blind.',
});

@ObjectType('StaffMember', {
  description: 'A back-office staff member (no personal data beyond the display name).',
})
export class StaffMemberType {
  @Field(() => ID, { description: 'Global id (filters such as makerId take it).' })
  id: string;

  @Field()
  displayName: string;
}

@ObjectType('ProvisioningPreview', { description: 'The effect of a request on the subscription.' })
export class ProvisioningPreviewType {
  @Field(() => String, { nullable: true })
  planBefore: string | null;

  @Field(() => String, { nullable: true })
  planAfter: string | null;

  @Field(() => [String])
  kept: string[];

  @Field(() => [String])
  removed: string[];

  @Field(() => [String])
  added: string[];

  @Field(() => TaxedAmountType)
  monthlyFeeBefore: TaxedAmountType;

  @Field(() => TaxedAmountType)
  monthlyFeeAfter: TaxedAmountType;
}

@ObjectType('ProvisioningProposal', {
  description:
    "The maker's values. Hidden (null) from everyone but the maker while the request waits for its blind check.",
})
export class ProvisioningProposalType {
  @Field(() => String, {
    nullable: true,
    description: 'Plan after the change; null for a cancellation.',
  })
  planCode: string | null;

  @Field(() => [String], { description: 'Options after the change.' })
  optionCodes: string[];

  @Field({ description: 'YYYY-MM-DD (Asia/Tokyo).' })
  effectiveDate: string;

  @Field(() => ChurnReasonEnum, { nullable: true })
  churnReason: ChurnReason | null;

  @Field(() => String, { nullable: true })
  churnNote: string | null;

  @Field(() => ProvisioningPreviewType)
  preview: ProvisioningPreviewType;
}

@ObjectType('ProvisioningRequestEvent', { description: 'One step in the history of a request.' })
export class ProvisioningRequestEventType {
  @Field(() => GraphQLDateTime)
  occurredAt: Date;

  @Field({
    description:
      'SUBMITTED, RESUBMITTED, APPLIED, RETURNED, CONFIRMATION_MISMATCH, REJECTED, WITHDRAWN',
  })
  action: string;

  @Field(() => Int)
  version: number;

  @Field(() => StaffMemberType, { nullable: true })
  actor: StaffMemberType | null;

  @Field(() => [ConfirmationField], {
    description: 'For CONFIRMATION_MISMATCH: the fields that differed.',
  })
  mismatchedFields: ConfirmationField[];

  @Field(() => String, { nullable: true })
  reason: string | null;
}

@ObjectType('ProvisioningRequest', { implements: NodeInterface })
export class ProvisioningRequestType extends NodeInterface {
  dbId: string;
  customerDbId: string;
  makerId: string;
  checkerId: string | null;

  @Field(() => ProvisioningKindEnum)
  kind: ProvisioningKind;

  @Field(() => ProvisioningStatusEnum)
  status: ProvisioningStatus;

  @Field(() => Int, {
    description: 'Bumped on every resubmission; an approval names the version it checked.',
  })
  version: number;

  @Field(() => String, { nullable: true, description: 'Why it was returned or rejected.' })
  decisionReason: string | null;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  updatedAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true })
  decidedAt: Date | null;
}

@ObjectType('ProvisioningRequestConnection')
export class ProvisioningRequestConnection extends Connection(
  ProvisioningRequestType,
  'ProvisioningRequest',
) {}

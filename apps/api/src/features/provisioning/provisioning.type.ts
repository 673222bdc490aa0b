import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CHURN_REASONS,
  PROVISIONING_KINDS,
  PROVISIONING_STATUSES,
  type ChurnReason,
  type ContractTerm,
  type ProvisioningKind,
  type ProvisioningStatus,
} from '@kizuna/domain';
import { Connection } from '../../graphql/connection.type';
import { TaxedAmountType } from '../../graphql/money.type';
import { NodeInterface } from '../../graphql/node.interface';
import { UserError } from '../../graphql/user-error.type';
import { enumOf } from '../../graphql/enum-of';
import { ServiceCreditProposalType } from '../sla/sla.type';
import { ContractTermEnum } from '../subscriptions/subscription.type';

export const ProvisioningKindEnum = enumOf(PROVISIONING_KINDS);
registerEnumType(ProvisioningKindEnum, { name: 'ProvisioningKind' });
export const ProvisioningStatusEnum = enumOf(PROVISIONING_STATUSES);
registerEnumType(ProvisioningStatusEnum, {
  name: 'ProvisioningStatus',
  description:
    'PENDING_CHECK → APPLIED | SCHEDULED | RETURNED | REJECTED | WITHDRAWN; RETURNED → PENDING_CHECK (resubmitted) | WITHDRAWN; SCHEDULED (approved, dated after today) → APPLIED at 00:00 Asia/Tokyo of its date | FAILED (the subscription changed meanwhile) | WITHDRAWN (double-checked)',
});
export const ChurnReasonEnum = enumOf(CHURN_REASONS);
registerEnumType(ChurnReasonEnum, { name: 'ChurnReason' });

export enum ConfirmationField {
  planCode = 'planCode',
  optionCodes = 'optionCodes',
  effectiveDate = 'effectiveDate',
  trialEndsOn = 'trialEndsOn',
  corporateNumber = 'corporateNumber',
  creditAmountYen = 'creditAmountYen',
  contractTerm = 'contractTerm',
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

@ObjectType('ProratedFee', {
  simpleResolvers: true,
  description:
    '日割り: the fee of the first partial month of a change that starts mid-month (days of the month in Asia/Tokyo; floored to the yen, tax once on the amount — ADR 0010).',
})
export class ProratedFeeType {
  @Field({ description: 'First day charged, YYYY-MM-DD.' })
  fromDate: string;

  @Field({ description: 'Last day of that month, YYYY-MM-DD.' })
  toDate: string;

  @Field(() => Int)
  days: number;

  @Field(() => Int)
  daysInMonth: number;

  @Field(() => TaxedAmountType)
  fee: TaxedAmountType;
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

  @Field(() => ProratedFeeType, {
    nullable: true,
    description: 'The first partial month when the change starts after the 1st; null otherwise.',
  })
  proratedFirstMonth: ProratedFeeType | null;
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

  @Field(() => Int, { nullable: true, description: 'TRIAL_EXTENSION: extra days asked for.' })
  trialExtensionDays: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'TRIAL_EXTENSION: the new last day of the trial, YYYY-MM-DD (Asia/Tokyo).',
  })
  trialEndsOn: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The maker's note: the reason of a trial extension or second trial, or what a resubmission corrected.",
  })
  note: string | null;

  @Field(() => ContractTermEnum, {
    nullable: true,
    description:
      'CONVERSION, REACTIVATION: the new contract’s term (its renewal is the monthly fee × 1 or × 12); null for kinds that keep the contract’s term.',
  })
  contractTerm: ContractTerm | null;

  @Field(() => ProvisioningPreviewType)
  preview: ProvisioningPreviewType;

  @Field(() => ServiceCreditProposalType, {
    nullable: true,
    description:
      'SERVICE_CREDIT: the credit Kizuna computed (the preview shows the contract, unchanged).',
  })
  serviceCredit: ServiceCreditProposalType | null;
}

@ObjectType('ScheduledWithdrawal', {
  description:
    'Someone asked to withdraw a SCHEDULED change; another checker must confirm before it is withdrawn.',
})
export class ScheduledWithdrawalType {
  requestedById: string;

  @Field(() => GraphQLDateTime)
  requestedAt: Date;

  @Field()
  reason: string;
}

@ObjectType('ProvisioningRequestEvent', { description: 'One step in the history of a request.' })
export class ProvisioningRequestEventType {
  @Field(() => GraphQLDateTime)
  occurredAt: Date;

  @Field({
    description:
      'SUBMITTED, RESUBMITTED, SCHEDULED, APPLIED, FAILED, RETURNED, CONFIRMATION_MISMATCH, REJECTED, WITHDRAWAL_REQUESTED, WITHDRAWAL_DECLINED, WITHDRAWN',
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

  @Field(() => String, {
    nullable: true,
    description: "RESUBMITTED: the maker's note on what was corrected.",
  })
  note: string | null;
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

  @Field({
    description:
      'YYYY-MM-DD (Asia/Tokyo): when the change takes effect. Shown in the check queue for its urgency; the checker still re-enters it blind.',
  })
  effectiveDate: string;

  @Field(() => GraphQLDateTime, {
    description:
      'When the current version went to the check queue (the wait is counted from here).',
  })
  submittedAt: Date;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the change took effect (at approval, or by the scheduler on its date).',
  })
  appliedAt: Date | null;

  @Field(() => UserError, {
    nullable: true,
    description: 'FAILED: why the scheduled change could not be applied on its date.',
  })
  failureReason: UserError | null;

  @Field(() => ScheduledWithdrawalType, {
    nullable: true,
    description: 'A pending request to withdraw this SCHEDULED change.',
  })
  withdrawal: ScheduledWithdrawalType | null;
}

@ObjectType('ProvisioningRequestConnection')
export class ProvisioningRequestConnection extends Connection(
  ProvisioningRequestType,
  'ProvisioningRequest',
) {}

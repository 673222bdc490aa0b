import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { userError, type ProvisioningKind, type UserErrorData } from '@kizuna/domain';
import { toConnection } from '../../graphql/connection.type';
import type { GraphQLContext } from '../../graphql/context';
import { pageSize, parseGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { approveRequest, decideRequest, type CheckOutcome } from './provisioning-check.service';
import {
  resubmitRequest,
  submitRequest,
  withdrawRequest,
  type DraftInput,
} from './provisioning-draft.service';
import { listProvisioningRequests } from './provisioning-list.query';
import {
  decideScheduledWithdrawal,
  requestScheduledWithdrawal,
} from './scheduled-withdrawal.service';
import { OrderDirection } from '../customers/customer.inputs';
import {
  ApproveProvisioningRequestInput,
  ApproveProvisioningRequestPayload,
  DecideProvisioningRequestInput,
  ProvisioningRequestFilter,
  ProvisioningRequestPayload,
  RejectProvisioningRequestInput,
  RejectProvisioningRequestPayload,
  RequestCancellationInput,
  RequestCancellationPayload,
  RequestErasureInput,
  RequestErasurePayload,
  RequestConversionPayload,
  RequestOptionChangePayload,
  RequestPlanChangePayload,
  ResubmitProvisioningRequestPayload,
  ReturnProvisioningRequestInput,
  ReturnProvisioningRequestPayload,
  WithdrawProvisioningRequestPayload,
  RequestConversionInput,
  RequestOptionChangeInput,
  RequestPlanChangeInput,
  ResubmitProvisioningRequestInput,
  WithdrawProvisioningRequestInput,
  ConfirmScheduledChangeWithdrawalInput,
  ConfirmScheduledChangeWithdrawalPayload,
  DeclineScheduledChangeWithdrawalInput,
  DeclineScheduledChangeWithdrawalPayload,
  ProvisioningRequestOrder,
  RequestReactivationInput,
  RequestReactivationPayload,
  RequestScheduledChangeWithdrawalInput,
  RequestScheduledChangeWithdrawalPayload,
  RequestSecondTrialInput,
  RequestSecondTrialPayload,
  RequestTrialExtensionInput,
  RequestTrialExtensionPayload,
} from './provisioning.inputs';
import { toProvisioningRequestType } from './provisioning.mapper';
import { ConfirmationField, ProvisioningRequestConnection } from './provisioning.type';

@Resolver()
export class ProvisioningResolver {
  private async payload(
    ctx: GraphQLContext,
    outcome:
      | { ok: true; requestId: string }
      | { ok: false; errors: UserErrorData[]; requestId?: string | null },
  ): Promise<ProvisioningRequestPayload> {
    const id = outcome.ok ? outcome.requestId : outcome.requestId;
    const model = id ? await ctx.loaders.provisioning.byId.load(id) : null;
    return {
      request: model && toProvisioningRequestType(model, ctx.locale),
      userErrors: outcome.ok ? [] : toUserErrors(outcome.errors, ctx.locale),
    };
  }

  private async submit(
    ctx: GraphQLContext,
    kind: ProvisioningKind,
    customerId: string,
    input: DraftInput,
  ) {
    const outcome = await submitRequest(
      ctx.dataSource,
      ctx.actor!,
      ctx.requestId,
      kind,
      parseGlobalId(customerId, 'Customer'),
      input,
      ctx.clock,
    );
    return this.payload(ctx, outcome);
  }

  @Authorized('provisioning:write')
  @Mutation(() => RequestConversionPayload, {
    description: 'Draft a trial → paid conversion for a second person to check.',
  })
  requestConversion(@Ctx() ctx: GraphQLContext, @Arg('input') input: RequestConversionInput) {
    return this.submit(ctx, 'CONVERSION', input.customerId, input);
  }

  @Authorized('provisioning:write')
  @Mutation(() => RequestPlanChangePayload, {
    description: 'Draft an upgrade or downgrade of the plan.',
  })
  requestPlanChange(@Ctx() ctx: GraphQLContext, @Arg('input') input: RequestPlanChangeInput) {
    return this.submit(ctx, 'PLAN_CHANGE', input.customerId, input);
  }

  @Authorized('provisioning:write')
  @Mutation(() => RequestOptionChangePayload, {
    description: 'Draft adding/removing options (the complete resulting set).',
  })
  requestOptionChange(@Ctx() ctx: GraphQLContext, @Arg('input') input: RequestOptionChangeInput) {
    return this.submit(ctx, 'OPTION_CHANGE', input.customerId, input);
  }

  @Authorized('provisioning:write')
  @Mutation(() => RequestCancellationPayload, {
    description: 'Draft a cancellation with its churn reason.',
  })
  requestCancellation(@Ctx() ctx: GraphQLContext, @Arg('input') input: RequestCancellationInput) {
    return this.submit(ctx, 'CANCELLATION', input.customerId, input);
  }

  @Authorized('provisioning:write')
  @Mutation(() => RequestReactivationPayload, {
    description:
      'Draft the return of a CHURNED customer (win-back) to a paid plan, blind-checked like a conversion.',
  })
  requestReactivation(@Ctx() ctx: GraphQLContext, @Arg('input') input: RequestReactivationInput) {
    return this.submit(ctx, 'REACTIVATION', input.customerId, input);
  }

  @Authorized('provisioning:write')
  @Mutation(() => RequestErasurePayload, {
    description:
      "Draft the erasure of a CHURNED customer's personal data on a date; the checker re-enters the corporate number blind.",
  })
  requestErasure(@Ctx() ctx: GraphQLContext, @Arg('input') input: RequestErasureInput) {
    return this.submit(ctx, 'ERASURE', input.customerId, { effectiveDate: input.effectiveDate });
  }

  @Authorized('provisioning:write')
  @Mutation(() => RequestTrialExtensionPayload, {
    description:
      'Draft extra trial days (at most 30 in total per trial); the checker re-enters the new end date blind.',
  })
  requestTrialExtension(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: RequestTrialExtensionInput,
  ) {
    return this.submit(ctx, 'TRIAL_EXTENSION', input.customerId, {
      trialExtensionDays: input.days,
      note: input.reason,
    });
  }

  @Authorized('provisioning:write')
  @Mutation(() => RequestSecondTrialPayload, {
    description: 'Draft a second trial for a LEAD whose first trial ended (double-checked).',
  })
  requestSecondTrial(@Ctx() ctx: GraphQLContext, @Arg('input') input: RequestSecondTrialInput) {
    return this.submit(ctx, 'SECOND_TRIAL', input.customerId, { note: input.reason });
  }

  @Authorized('provisioning:write')
  @Mutation(() => RequestScheduledChangeWithdrawalPayload, {
    description:
      'Ask to withdraw a SCHEDULED change. Nothing changes until another checker confirms.',
  })
  async requestScheduledChangeWithdrawal(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: RequestScheduledChangeWithdrawalInput,
  ) {
    const id = parseGlobalId(input.requestId, 'ProvisioningRequest');
    if (!id) return this.payload(ctx, { ok: false, errors: [notFound('requestId')] });
    return this.payload(
      ctx,
      await requestScheduledWithdrawal(ctx.dataSource, ctx.actor!, ctx.requestId, id, input.reason),
    );
  }

  @Authorized('provisioning:read')
  @Mutation(() => ConfirmScheduledChangeWithdrawalPayload, {
    description: 'A checker (not the one who asked) confirms: the scheduled change is WITHDRAWN.',
  })
  confirmScheduledChangeWithdrawal(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: ConfirmScheduledChangeWithdrawalInput,
  ) {
    return this.decideWithdrawal(ctx, input.requestId, 'CONFIRM');
  }

  @Authorized('provisioning:read')
  @Mutation(() => DeclineScheduledChangeWithdrawalPayload, {
    description: 'A checker declines: the change stays scheduled.',
  })
  declineScheduledChangeWithdrawal(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: DeclineScheduledChangeWithdrawalInput,
  ) {
    return this.decideWithdrawal(ctx, input.requestId, 'DECLINE');
  }

  private async decideWithdrawal(
    ctx: GraphQLContext,
    requestId: string,
    decision: 'CONFIRM' | 'DECLINE',
  ) {
    const id = parseGlobalId(requestId, 'ProvisioningRequest');
    if (!id) return this.payload(ctx, { ok: false, errors: [notFound('requestId')] });
    return this.payload(
      ctx,
      await decideScheduledWithdrawal(
        ctx.dataSource,
        ctx.actor!,
        ctx.requestId,
        id,
        decision,
        ctx.clock,
      ),
    );
  }

  @Authorized('provisioning:write')
  @Mutation(() => ResubmitProvisioningRequestPayload, {
    description: 'The maker corrects a RETURNED request (new version).',
  })
  async resubmitProvisioningRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: ResubmitProvisioningRequestInput,
  ) {
    const id = parseGlobalId(input.requestId, 'ProvisioningRequest');
    if (!id) return this.payload(ctx, { ok: false, errors: [notFound('requestId')] });
    const changes = {
      planCode: input.planCode,
      optionCodes: input.optionCodes,
      effectiveDate: input.effectiveDate ?? undefined,
      churnReason: input.churnReason,
      churnNote: input.churnNote,
      trialExtensionDays: input.trialExtensionDays,
      contractTerm: input.contractTerm,
      note: input.note,
    };
    return this.payload(
      ctx,
      await resubmitRequest(
        ctx.dataSource,
        ctx.actor!,
        ctx.requestId,
        id,
        input.version,
        changes,
        ctx.clock,
      ),
    );
  }

  @Authorized('provisioning:write')
  @Mutation(() => WithdrawProvisioningRequestPayload, {
    description: 'The maker takes back a pending or returned request.',
  })
  async withdrawProvisioningRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: WithdrawProvisioningRequestInput,
  ) {
    const id = parseGlobalId(input.requestId, 'ProvisioningRequest');
    if (!id) return this.payload(ctx, { ok: false, errors: [notFound('requestId')] });
    return this.payload(
      ctx,
      await withdrawRequest(ctx.dataSource, ctx.actor!, ctx.requestId, id, ctx.clock),
    );
  }

  @Authorized('provisioning:read')
  @Mutation(() => ApproveProvisioningRequestPayload, {
    description:
      'The checker re-enters plan, options and effective date blind. Match → applied atomically; mismatch → RETURNED + near-miss.',
  })
  async approveProvisioningRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: ApproveProvisioningRequestInput,
  ): Promise<ApproveProvisioningRequestPayload> {
    const id = parseGlobalId(input.requestId, 'ProvisioningRequest');
    const outcome: CheckOutcome = id
      ? await approveRequest(
          ctx.dataSource,
          ctx.actor!,
          id,
          input.version,
          input.confirmation,
          ctx.requestId,
          ctx.clock,
        )
      : { ok: false, errors: [notFound('requestId')], requestId: null, mismatchedFields: [] };
    const base = await this.payload(ctx, outcome);
    return {
      ...base,
      mismatchedFields: outcome.ok ? [] : (outcome.mismatchedFields as ConfirmationField[]),
    };
  }

  @Authorized('provisioning:read')
  @Mutation(() => ReturnProvisioningRequestPayload, {
    description: 'Send a pending request back to its maker for correction.',
  })
  async returnProvisioningRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: ReturnProvisioningRequestInput,
  ) {
    return this.decide(ctx, input, 'RETURNED');
  }

  @Authorized('provisioning:read')
  @Mutation(() => RejectProvisioningRequestPayload, {
    description: 'Refuse a pending request for good.',
  })
  async rejectProvisioningRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('input') input: RejectProvisioningRequestInput,
  ) {
    return this.decide(ctx, input, 'REJECTED');
  }

  private async decide(
    ctx: GraphQLContext,
    input: DecideProvisioningRequestInput,
    decision: 'RETURNED' | 'REJECTED',
  ) {
    const id = parseGlobalId(input.requestId, 'ProvisioningRequest');
    if (!id) return this.payload(ctx, { ok: false, errors: [notFound('requestId')] });
    return this.payload(
      ctx,
      await decideRequest(
        ctx.dataSource,
        ctx.actor!,
        id,
        decision,
        input.reason,
        ctx.requestId,
        ctx.clock,
      ),
    );
  }

  @Authorized('provisioning:read')
  @Query(() => ProvisioningRequestConnection, {
    description: 'Provisioning requests, newest first unless ordered otherwise.',
  })
  async provisioningRequests(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => ProvisioningRequestFilter, { nullable: true })
    filter?: ProvisioningRequestFilter,
    @Arg('orderBy', () => ProvisioningRequestOrder, { nullable: true })
    orderBy?: ProvisioningRequestOrder,
  ) {
    const none = '00000000-0000-0000-0000-000000000000';
    // Incremental sync reads in the order of change, oldest first, unless told otherwise.
    const sync = !orderBy && Boolean(filter?.updatedSince);
    const page = await listProvisioningRequests(ctx.dataSource, {
      first: pageSize(first),
      after,
      ascending: sync || orderBy?.direction === OrderDirection.ASC,
      orderBy: sync ? 'UPDATED_AT' : (orderBy?.field ?? 'CREATED_AT'),
      filter: {
        status: filter?.status,
        statuses: filter?.statuses,
        withdrawalRequested: filter?.withdrawalRequested,
        kind: filter?.kind,
        kinds: filter?.kinds,
        updatedSince: filter?.updatedSince,
        customerId: filter?.customerId
          ? (parseGlobalId(filter.customerId, 'Customer') ?? none)
          : null,
        makerId: filter?.makerId ? (parseGlobalId(filter.makerId, 'StaffUser') ?? none) : null,
        awaitingCheckBy: filter?.awaitingMyCheck ? ctx.actor!.id : null,
      },
    });
    for (const row of page.nodes) ctx.loaders.provisioning.byId.prime(row.id, row);
    return toConnection(page, (row) => toProvisioningRequestType(row, ctx.locale));
  }
}

const notFound = (field: string): UserErrorData => userError('NOT_FOUND', field);

import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { canSeeProposal, type ProratedFee } from '@kizuna/domain';
import type { GraphQLContext } from '../../graphql/context';
import { toTaxedAmountType } from '../../graphql/money.type';
import { toGlobalId } from '../../graphql/relay';
import { toCustomerType } from '../customers/customer.mapper';
import { CustomerType } from '../customers/customer.type';
import { slaLoaders } from '../sla/service-credit.loaders';
import {
  ConfirmationField,
  ProratedFeeType,
  ProvisioningProposalType,
  ProvisioningRequestEventType,
  ProvisioningRequestType,
  StaffMemberType,
} from './provisioning.type';

async function staff(ctx: GraphQLContext, id: string | null): Promise<StaffMemberType | null> {
  if (!id) return null;
  const s = await ctx.loaders.provisioning.staffById.load(id);
  return s && { id: toGlobalId('StaffUser', s.id), displayName: s.displayName };
}

@Resolver(() => ProvisioningRequestType)
export class ProvisioningRequestFieldsResolver {
  @FieldResolver(() => CustomerType)
  async customer(
    @Root() r: ProvisioningRequestType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<CustomerType> {
    const c = await ctx.loaders.customers.byId.load(r.customerDbId);
    if (!c) throw new Error(`customer ${r.customerDbId} missing`);
    return toCustomerType(c, ctx.clock.now());
  }

  @FieldResolver(() => StaffMemberType, { nullable: true })
  maker(@Root() r: ProvisioningRequestType, @Ctx() ctx: GraphQLContext) {
    return staff(ctx, r.makerId);
  }

  @FieldResolver(() => StaffMemberType, { nullable: true })
  checker(@Root() r: ProvisioningRequestType, @Ctx() ctx: GraphQLContext) {
    return staff(ctx, r.checkerId);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the caller is the maker of this request.',
  })
  isMine(@Root() r: ProvisioningRequestType, @Ctx() ctx: GraphQLContext): boolean {
    return ctx.actor?.id === r.makerId;
  }

  @FieldResolver(() => ProvisioningProposalType, {
    nullable: true,
    description:
      'The proposed change and its preview; null for anyone but the maker until the check is decided.',
  })
  async proposal(
    @Root() r: ProvisioningRequestType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProvisioningProposalType | null> {
    if (
      !ctx.actor ||
      !canSeeProposal({ viewerId: ctx.actor.id }, { makerId: r.makerId, status: r.status })
    )
      return null;
    const model = await ctx.loaders.provisioning.byId.load(r.dbId);
    if (!model || !model.preview) return null;
    const p = model.preview;
    return {
      planCode: model.planCode,
      optionCodes: model.optionCodes,
      effectiveDate: model.effectiveDate,
      churnReason: model.churnReason as ProvisioningProposalType['churnReason'],
      churnNote: model.churnNote,
      trialExtensionDays: model.trialExtensionDays,
      trialEndsOn: model.trialEndsOn,
      note: model.makerNote,
      contractTerm: model.contractTerm,
      preview: {
        planBefore: p.planBefore,
        planAfter: p.planAfter,
        kept: p.kept,
        removed: p.removed,
        added: p.added,
        monthlyFeeBefore: toTaxedAmountType(p.monthlyFeeBefore),
        monthlyFeeAfter: toTaxedAmountType(p.monthlyFeeAfter),
        proratedFirstMonth: p.proratedFirstMonth ? toProratedFee(p.proratedFirstMonth) : null,
      },
      serviceCredit:
        model.kind === 'SERVICE_CREDIT'
          ? await slaLoaders(ctx).proposalByRequest.load(model.id)
          : null,
    };
  }

  @FieldResolver(() => StaffMemberType, {
    nullable: true,
    description: 'Who asked to withdraw the scheduled change.',
  })
  withdrawalRequestedBy(@Root() r: ProvisioningRequestType, @Ctx() ctx: GraphQLContext) {
    return staff(ctx, r.withdrawal?.requestedById ?? null);
  }

  @FieldResolver(() => [ProvisioningRequestEventType], {
    description: 'What happened to the request, oldest first.',
  })
  async history(
    @Root() r: ProvisioningRequestType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ProvisioningRequestEventType[]> {
    const events = await ctx.loaders.provisioning.eventsByRequestId.load(r.dbId);
    return Promise.all(
      events.map(async (e) => ({
        occurredAt: e.occurredAt,
        action: e.action,
        version: e.version,
        actor: await staff(ctx, e.actorId),
        mismatchedFields: (Array.isArray(e.details.fields)
          ? e.details.fields
          : []) as ConfirmationField[],
        reason: typeof e.details.reason === 'string' ? e.details.reason : null,
        note: typeof e.details.note === 'string' ? e.details.note : null,
      })),
    );
  }
}

function toProratedFee(p: ProratedFee): ProratedFeeType {
  return {
    fromDate: p.fromDate,
    toDate: p.toDate,
    days: p.days,
    daysInMonth: p.daysInMonth,
    fee: toTaxedAmountType({
      excludingTax: p.excludingTax,
      tax: p.tax,
      includingTax: p.includingTax,
    }),
  };
}

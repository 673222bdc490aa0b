import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { ProvisioningRequestType } from '../provisioning/provisioning.type';
import { slaLoaders } from './service-credit.loaders';
import { ServiceCreditSubjectType } from './service-credit-subject.type';

@Resolver(() => ProvisioningRequestType)
export class ServiceCreditSubjectResolver {
  @FieldResolver(() => ServiceCreditSubjectType, {
    nullable: true,
    description:
      'SERVICE_CREDIT: the month, plan, target and measured availability — what the checker needs to work the credit out from the customer’s fee history and the credit table; null for other kinds.',
  })
  async serviceCreditSubject(
    @Root() r: ProvisioningRequestType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ServiceCreditSubjectType | null> {
    if (r.kind !== 'SERVICE_CREDIT') return null;
    const proposal = await slaLoaders(ctx).proposalByRequest.load(r.dbId);
    return (
      proposal && {
        month: proposal.month,
        planCode: proposal.planCode,
        targetPercent: proposal.targetPercent,
        measuredPercent: proposal.measuredPercent,
      }
    );
  }
}

import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { CustomerType } from '../customers/customer.type';
import { certificateDigest, sameDigest } from './certificate-digest';
import { toDeletionCertificateType } from './deletion-certificate.mapper';
import {
  createDeletionCertificateLoader,
  findDeletionCertificate,
} from './deletion-certificate.queries';
import { DeletionCertificateType } from './deletion-certificate.type';

// One loader per request, kept beside the request's other loaders without widening them.
const loaders = new WeakMap<object, ReturnType<typeof createDeletionCertificateLoader>>();
function certificatesByCustomer(ctx: GraphQLContext) {
  let loader = loaders.get(ctx.loaders);
  if (!loader) {
    loader = createDeletionCertificateLoader(ctx.dataSource);
    loaders.set(ctx.loaders, loader);
  }
  return loader;
}

@Resolver(() => DeletionCertificateType)
export class DeletionCertificateResolver {
  @Authorized('customers:read')
  @Query(() => DeletionCertificateType, {
    nullable: true,
    description: 'A deletion certificate (消去証明書) by its number; null when there is none.',
  })
  async deletionCertificate(
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => String) number: string,
  ): Promise<DeletionCertificateType | null> {
    const row = await findDeletionCertificate(ctx.dataSource, number.trim());
    return row && toDeletionCertificateType(row, ctx.locale);
  }

  /** Open to anonymous callers (require-authentication.plugin.ts): it only confirms a copy. */
  @Query(() => Boolean, {
    description:
      'For anyone holding a copy of a certificate, signed in or not: true when a certificate with this number exists, its stored content still hashes to its digest, and that digest is the one given.',
  })
  async verifyDeletionCertificate(
    @Ctx() ctx: GraphQLContext,
    @Arg('number', () => String) number: string,
    @Arg('digest', () => String) digest: string,
  ): Promise<boolean> {
    const row = await findDeletionCertificate(ctx.dataSource, number.trim());
    if (!row) return false;
    return sameDigest(certificateDigest(row.content), row.digest) && sameDigest(row.digest, digest);
  }
}

@Resolver(() => CustomerType)
export class CustomerDeletionCertificateResolver {
  @FieldResolver(() => DeletionCertificateType, {
    nullable: true,
    description: 'The deletion certificate of an erased customer; null before erasure.',
  })
  async deletionCertificate(
    @Root() customer: CustomerType,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeletionCertificateType | null> {
    const row = await certificatesByCustomer(ctx).load(customer.dbId);
    return row && toDeletionCertificateType(row, ctx.locale);
  }
}

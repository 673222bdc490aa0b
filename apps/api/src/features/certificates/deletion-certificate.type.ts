import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('DeletionCertificateCompany', { simpleResolvers: true })
export class DeletionCertificateCompanyType {
  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: '法人番号: 13 digits.' })
  corporateNumber: string | null;
}

@ObjectType('ErasedDataCount', { simpleResolvers: true })
export class ErasedDataCountType {
  @Field({ description: 'contacts, surveyRespondents, surveyComments, freeText or sessions.' })
  category: string;

  @Field({ description: "In the caller's language." })
  label: string;

  @Field(() => Int, { description: 'Rows deleted or values cleared.' })
  count: number;
}

@ObjectType('KeptData', { simpleResolvers: true })
export class KeptDataType {
  @Field({ description: 'contractRecords, companyRecord or surveyScores.' })
  category: string;

  @Field({ description: "In the caller's language." })
  label: string;

  @Field({ description: "Why it may be kept, in the caller's language." })
  basis: string;
}

@ObjectType('DeletionCertificate', {
  simpleResolvers: true,
  description:
    '消去証明書: what an erasure removed and kept, by whom and when, with a SHA-256 digest over its canonical form.',
})
export class DeletionCertificateType {
  @Field({ description: 'e.g. KZ-DC-2027-000042: numbered per JST year.' })
  number: string;

  @Field(() => DeletionCertificateCompanyType)
  company: DeletionCertificateCompanyType;

  @Field(() => [ErasedDataCountType])
  erased: ErasedDataCountType[];

  @Field(() => [KeptDataType])
  kept: KeptDataType[];

  @Field({ description: "How the data was erased, in the caller's language." })
  method: string;

  @Field(() => GraphQLDateTime)
  requestedAt: Date;

  @Field(() => GraphQLDateTime)
  approvedAt: Date;

  @Field(() => GraphQLDateTime)
  erasedAt: Date;

  @Field({ description: 'Display name of the staff member who requested the erasure.' })
  maker: string;

  @Field(() => String, { nullable: true, description: 'Display name of the checker.' })
  checker: string | null;

  @Field({ description: 'SHA-256, lower-case hex, over the canonical form of the content.' })
  digest: string;
}

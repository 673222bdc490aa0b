import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.type';
import { UserError } from '../../graphql/user-error.type';

@ObjectType('ApiKey', {
  description: "An integrator's key. The secret is never shown again; keyPrefix identifies it.",
})
export class ApiKeyType {
  @Field(() => ID)
  id: string;

  /** Database id of the staff member who issued it (for `createdBy`). */
  createdById: string | null;

  @Field()
  name: string;

  @Field(() => [String])
  scopes: string[];

  @Field({ description: 'The public part of the key: kzk_<keyPrefix>_…' })
  keyPrefix: string;

  @Field(() => GraphQLDateTime)
  createdAt: Date;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Null: never expires.' })
  expiresAt: Date | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Last authenticated request (recorded at most once a minute).',
  })
  lastUsedAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  revokedAt: Date | null;

  // createdBy: a field resolver (api-key.resolver.ts).
}

@ObjectType('ApiKeyConnection')
export class ApiKeyConnection extends Connection(ApiKeyType, 'ApiKey') {}

@InputType()
export class ApiKeyFilter {
  @Field(() => Boolean, { nullable: true, description: 'Also list revoked keys (default false).' })
  includeRevoked?: boolean | null;
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  apiKeyId: string;
}

@ObjectType()
export class RevokeApiKeyPayload {
  @Field(() => ApiKeyType, { nullable: true })
  apiKey: ApiKeyType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { STAFF_ROLES, type StaffRole } from '@kizuna/domain';
import { UserError } from '../../graphql/user-error.type';
import { enumOf } from '../../graphql/enum-of';

export const StaffRoleEnum = enumOf(STAFF_ROLES);
registerEnumType(StaffRoleEnum, { name: 'StaffRole' });

export enum ActorKind {
  STAFF = 'STAFF',
  API_KEY = 'API_KEY',
}
registerEnumType(ActorKind, { name: 'ActorKind' });

@InputType()
export class LoginInput {
  @Field()
  email: string;

  @Field()
  password: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, { nullable: true, description: 'Send as Authorization: Bearer <token>.' })
  token: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  expiresAt: Date | null;

  @Field(() => Viewer, { nullable: true })
  viewer: Viewer | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: 'Who is calling.' })
export class Viewer {
  @Field(() => ID)
  id: string;

  @Field(() => ActorKind)
  kind: ActorKind;

  @Field()
  displayName: string;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => [StaffRoleEnum], { description: 'Empty for API keys.' })
  roles: StaffRole[];

  @Field(() => [String], { description: 'What the caller may do, e.g. customers:read.' })
  permissions: string[];
}

@ObjectType()
export class LogoutPayload {
  @Field()
  success: boolean;
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, e.g. "billing integration".' })
  name: string;

  @Field(() => [String], {
    description:
      'Scopes such as customers:read, surveys:write (the domain list API_KEY_SCOPES; anything else is INVALID_SCOPE).',
  })
  scopes: string[];

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the key stops working (in the future); null: never.',
  })
  expiresAt?: Date | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => String, {
    nullable: true,
    description: 'The key in clear text. Shown once; store it now.',
  })
  key: string | null;

  @Field(() => ID, { nullable: true })
  apiKeyId: string | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

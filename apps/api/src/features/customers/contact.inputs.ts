import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { UserError } from '../../graphql/user-error.type';
import type { ContactRole } from '@kizuna/domain';
import { ContactRoleEnum, ContactType, CustomerType } from './customer.type';

@InputType({
  description: 'A new contact person (not primary: make it so with setPrimaryContact).',
})
export class AddContactInput {
  @Field(() => ID)
  customerId: string;

  @Field({ description: '姓' })
  familyName: string;

  @Field(() => String, { nullable: true, description: '名' })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: 'セイ (katakana or hiragana)' })
  familyNameKana?: string | null;

  @Field(() => String, { nullable: true, description: 'メイ (katakana or hiragana)' })
  givenNameKana?: string | null;

  @Field()
  email: string;

  @Field(() => String, {
    nullable: true,
    description: 'Japanese phone number, half- or full-width.',
  })
  phone?: string | null;

  @Field(() => ContactRoleEnum, {
    nullable: true,
    description: 'What the person does for the customer; left out or null: not known yet.',
  })
  role?: ContactRole | null;
}

@InputType({
  description: 'A correction of a contact: a field left out is kept, null clears an optional one.',
})
export class UpdateContactInput {
  @Field(() => ID)
  contactId: string;

  @Field(() => String, { nullable: true })
  familyName?: string | null;

  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { nullable: true })
  familyNameKana?: string | null;

  @Field(() => String, { nullable: true })
  givenNameKana?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => ContactRoleEnum, { nullable: true, description: 'Null clears the role.' })
  role?: ContactRole | null;
}

@InputType()
export class ContactIdInput {
  @Field(() => ID)
  contactId: string;
}

@InputType({
  description: 'The primary contact cannot be removed: make another one primary first.',
})
export class RemoveContactInput extends ContactIdInput {}

@InputType({
  description: 'The contact becomes primary; the previous primary contact stays, not primary.',
})
export class SetPrimaryContactInput extends ContactIdInput {}

@ObjectType('ContactPayloadBase', {
  description: 'The contact changed and its customer (with every contact, to refresh a list).',
})
export class ContactPayload {
  @Field(() => ContactType, { nullable: true, description: 'Null when refused or removed.' })
  contact: ContactType | null;

  @Field(() => CustomerType, { nullable: true })
  customer: CustomerType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class AddContactPayload extends ContactPayload {}

@ObjectType()
export class UpdateContactPayload extends ContactPayload {}

@ObjectType()
export class RemoveContactPayload extends ContactPayload {
  @Field(() => ID, { nullable: true })
  removedContactId: string | null;
}

@ObjectType()
export class SetPrimaryContactPayload extends ContactPayload {}

import { Field, ObjectType, registerEnumType } from 'type-graphql';
import {
  USER_ERROR_CODES,
  type Locale,
  type UserErrorCode,
  type UserErrorData,
} from '@kizuna/domain';
import { enumOf } from './enum-of';

export const UserErrorCodeEnum = enumOf(USER_ERROR_CODES);
registerEnumType(UserErrorCodeEnum, {
  name: 'UserErrorCode',
  description:
    'Why a mutation refused its input. New codes may be added; treat unknown ones as generic.',
});

@ObjectType({
  description: 'A refusal of user input: a code to branch on, the field it names, a message.',
})
export class UserError {
  @Field(() => UserErrorCodeEnum)
  code: UserErrorCode;

  @Field(() => String, {
    nullable: true,
    description: 'Dotted path of the input field, e.g. "contact.email"; null for the whole input.',
  })
  field: string | null;

  @Field({ description: 'Message in the language of Accept-Language (ja by default).' })
  message: string;

  @Field()
  messageJa: string;

  @Field()
  messageEn: string;
}

/** Turn domain refusals into the GraphQL shape, in the caller's language. */
export function toUserErrors(errors: readonly UserErrorData[], locale: Locale): UserError[] {
  return errors.map((e) => ({
    code: e.code,
    field: e.field,
    message: e.message[locale],
    messageJa: e.message.ja,
    messageEn: e.message.en,
  }));
}

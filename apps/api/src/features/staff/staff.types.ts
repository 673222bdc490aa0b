import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { StaffRole } from '@kizuna/domain';
import { Connection } from '../../graphql/connection.type';
import { UserError } from '../../graphql/user-error.type';
import { StaffRoleEnum } from '../auth/auth.types';
import { StaffMemberType } from '../provisioning/provisioning.type';

@ObjectType('StaffMemberConnection')
export class StaffMemberConnection extends Connection(StaffMemberType, 'StaffMember') {}

@InputType()
export class StaffMemberFilter {
  @Field(() => String, { nullable: true, description: 'Part of the display name or email.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class CreateStaffMemberInput {
  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => [StaffRoleEnum])
  roles: StaffRole[];

  @Field({ description: 'Initial password, at least 12 characters; tell it to the member apart.' })
  password: string;
}

@InputType()
export class UpdateStaffMemberInput {
  @Field(() => ID)
  staffMemberId: string;

  @Field(() => String, { nullable: true })
  displayName?: string | null;

  @Field(() => [StaffRoleEnum], { nullable: true })
  roles?: StaffRole[] | null;
}

@InputType()
export class DeactivateStaffMemberInput {
  @Field(() => ID)
  staffMemberId: string;
}

@InputType()
export class ReactivateStaffMemberInput {
  @Field(() => ID)
  staffMemberId: string;
}

@ObjectType({ description: 'The member as changed, or why not.' })
export class StaffMemberPayload {
  @Field(() => StaffMemberType, { nullable: true })
  staffMember: StaffMemberType | null;

  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class CreateStaffMemberPayload extends StaffMemberPayload {}
@ObjectType()
export class UpdateStaffMemberPayload extends StaffMemberPayload {}
@ObjectType()
export class DeactivateStaffMemberPayload extends StaffMemberPayload {}
@ObjectType()
export class ReactivateStaffMemberPayload extends StaffMemberPayload {}

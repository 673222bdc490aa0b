import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('subscription_history')
export class SubscriptionHistoryEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column('uuid', { name: 'subscription_id' })
  subscriptionId: string;

  @Column('timestamptz', { name: 'changed_at', default: () => 'now()' })
  changedAt: Date;

  @Column('text', { name: 'change_kind' })
  changeKind: string;

  @Column('text', { name: 'status_before', nullable: true })
  statusBefore: string | null;

  @Column('text', { name: 'status_after' })
  statusAfter: string;

  @Column('text', { name: 'plan_code_before', nullable: true })
  planCodeBefore: string | null;

  @Column('text', { name: 'plan_code_after' })
  planCodeAfter: string;

  @Column('text', { name: 'option_codes_before', array: true, default: () => `'{}'` })
  optionCodesBefore: string[];

  @Column('text', { name: 'option_codes_after', array: true, default: () => `'{}'` })
  optionCodesAfter: string[];

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;
}

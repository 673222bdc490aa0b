import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('subscription_option')
export class SubscriptionOptionEntity {
  @PrimaryColumn('uuid', { name: 'subscription_id' })
  subscriptionId: string;

  @PrimaryColumn('uuid', { name: 'option_id' })
  optionId: string;

  @Column('timestamptz', { name: 'added_at', default: () => 'now()' })
  addedAt: Date;
}

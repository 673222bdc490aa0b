import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LifecycleStage } from '@kizuna/domain';

@Entity('customer_stage_change')
export class CustomerStageChangeEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('text', { name: 'from_stage', nullable: true })
  fromStage: LifecycleStage | null;

  @Column('text', { name: 'to_stage' })
  toStage: LifecycleStage;

  @Column('timestamptz', { name: 'changed_at', default: () => 'now()' })
  changedAt: Date;

  @Column('text', { nullable: true })
  note: string | null;
}

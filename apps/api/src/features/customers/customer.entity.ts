import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LifecycleStage } from '@kizuna/domain';

/** The corporate record. Personal data lives in CustomerContactEntity. */
@Entity('customer')
export class CustomerEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  @Column('text', { name: 'name_kana', nullable: true })
  nameKana: string | null;

  @Column('char', { name: 'corporate_number', length: 13, nullable: true })
  corporateNumber: string | null;

  @Column('text')
  stage: LifecycleStage;

  @Column('timestamptz', { name: 'trial_started_at', nullable: true })
  trialStartedAt: Date | null;

  @Column('timestamptz', { name: 'trial_ends_at', nullable: true })
  trialEndsAt: Date | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;

  @Column('integer', { default: 1 })
  version: number;
}

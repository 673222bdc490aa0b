import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Engagement, Industry, LifecycleStage } from '@kizuna/domain';

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

  /** Whole yen (below 2^53, so a bigint read as a number is exact). */
  @Column('bigint', { name: 'annual_revenue_yen', nullable: true })
  annualRevenueYen: string | null;

  @Column('numeric', { name: 'current_ratio', precision: 6, scale: 2, nullable: true })
  currentRatio: string | null;

  @Column('integer', { name: 'employee_count', nullable: true })
  employeeCount: number | null;

  @Column('text', { nullable: true })
  industry: Industry | null;

  @Column('text', { nullable: true })
  engagement: Engagement | null;
}

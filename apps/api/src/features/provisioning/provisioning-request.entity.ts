import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ProvisioningKind, ProvisioningStatus } from '@kizuna/domain';

@Entity('provisioning_request')
export class ProvisioningRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  kind: ProvisioningKind;

  @Column('text')
  status: ProvisioningStatus;

  @Column('integer', { default: 1 })
  version: number;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('uuid', { name: 'maker_id' })
  makerId: string;

  @Column('uuid', { name: 'checker_id', nullable: true })
  checkerId: string | null;

  @Column('text', { name: 'plan_code', nullable: true })
  planCode: string | null;

  @Column('text', { name: 'option_codes', array: true, default: () => `'{}'` })
  optionCodes: string[];

  @Column('date', { name: 'effective_date' })
  effectiveDate: string;

  @Column('text', { name: 'churn_reason', nullable: true })
  churnReason: string | null;

  @Column('text', { name: 'churn_note', nullable: true })
  churnNote: string | null;

  @Column('integer', { name: 'base_subscription_version', nullable: true })
  baseSubscriptionVersion: number | null;

  @Column('jsonb')
  preview: unknown;

  @Column('text', { name: 'decision_reason', nullable: true })
  decisionReason: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;

  @Column('timestamptz', { name: 'decided_at', nullable: true })
  decidedAt: Date | null;
}

import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('near_miss')
export class NearMissEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  kind: 'NEAR_MISS' | 'INCIDENT';

  @Column('text')
  status: string;

  @Column('text')
  source: 'AUTOMATIC' | 'MANUAL';

  @Column('uuid', { name: 'customer_id', nullable: true })
  customerId: string | null;

  @Column('uuid', { name: 'request_id', nullable: true })
  requestId: string | null;

  @Column('text', { name: 'request_kind', nullable: true })
  requestKind: string | null;

  @Column('text', { array: true, default: () => `'{}'` })
  fields: string[];

  @Column('text')
  description: string;

  @Column('text', { name: 'cause_category', nullable: true })
  causeCategory: string | null;

  @Column('text', { nullable: true })
  countermeasure: string | null;

  @Column('uuid', { name: 'reported_by', nullable: true })
  reportedBy: string | null;

  @Column('timestamptz', { name: 'occurred_at', default: () => 'now()' })
  occurredAt: Date;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;
}

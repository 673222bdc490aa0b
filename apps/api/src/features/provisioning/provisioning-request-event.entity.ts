import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('provisioning_request_event')
export class ProvisioningRequestEventEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column('uuid', { name: 'request_id' })
  requestId: string;

  @Column('timestamptz', { name: 'occurred_at', default: () => 'now()' })
  occurredAt: Date;

  @Column('uuid', { name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column('text')
  action: string;

  @Column('integer')
  version: number;

  @Column('jsonb', { default: () => `'{}'::jsonb` })
  details: Record<string, unknown>;
}

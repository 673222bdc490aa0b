import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('staff_session')
export class StaffSessionEntity {
  /** SHA-256 of the bearer token; the token itself is never stored. */
  @PrimaryColumn('bytea', { name: 'token_hash' })
  tokenHash: Buffer;

  @Column('uuid', { name: 'staff_user_id' })
  staffUserId: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'expires_at' })
  expiresAt: Date;
}

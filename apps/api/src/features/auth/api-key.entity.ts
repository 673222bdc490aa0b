import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('api_key')
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  /** Public, non-secret part of the key, used to find the row. */
  @Column('text', { name: 'key_prefix', unique: true })
  keyPrefix: string;

  /** SHA-256 of the secret part (high-entropy, so a fast hash is adequate; see ADR 0004). */
  @Column('bytea', { name: 'secret_hash' })
  secretHash: Buffer;

  @Column('text', { array: true })
  scopes: string[];

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'revoked_at', nullable: true })
  revokedAt: Date | null;

  /** After this instant the key no longer authenticates; null: never expires. */
  @Column('timestamptz', { name: 'expires_at', nullable: true })
  expiresAt: Date | null;

  /** Updated at most once a minute per key. */
  @Column('timestamptz', { name: 'last_used_at', nullable: true })
  lastUsedAt: Date | null;
}

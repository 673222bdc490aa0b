import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Personal data of a customer's contact person, kept apart so that it can be erased alone. */
@Entity('customer_contact')
export class CustomerContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('text', { name: 'family_name' })
  familyName: string;

  @Column('text', { name: 'given_name', nullable: true })
  givenName: string | null;

  @Column('text', { name: 'family_name_kana', nullable: true })
  familyNameKana: string | null;

  @Column('text', { name: 'given_name_kana', nullable: true })
  givenNameKana: string | null;

  @Column('text')
  email: string;

  @Column('text', { nullable: true })
  phone: string | null;

  @Column('text', { nullable: true })
  role: string | null;

  @Column('boolean', { name: 'is_primary', default: false })
  isPrimary: boolean;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}

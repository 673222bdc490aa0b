import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('plan')
export class PlanEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  code: string;

  @Column('text', { name: 'name_ja' })
  nameJa: string;

  @Column('text', { name: 'name_en' })
  nameEn: string;

  @Column('integer', { name: 'monthly_fee_yen' })
  monthlyFeeYen: number;

  @Column('jsonb', { default: () => `'{}'::jsonb` })
  limits: Record<string, string | number>;

  @Column('numeric', { name: 'sla_target_percent', precision: 6, scale: 3 })
  slaTargetPercent: string;

  @Column('integer', { name: 'sort_order', default: 0 })
  sortOrder: number;

  @Column('boolean', { default: true })
  active: boolean;
}

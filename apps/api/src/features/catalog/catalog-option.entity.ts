import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MfaFactorCategory, OptionKind } from '@kizuna/domain';

@Entity('catalog_option')
export class CatalogOptionEntity {
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

  @Column('text')
  kind: OptionKind;

  @Column('text', { name: 'factor_category', nullable: true })
  factorCategory: MfaFactorCategory | null;

  @Column('integer', { name: 'sort_order', default: 0 })
  sortOrder: number;

  @Column('boolean', { default: true })
  active: boolean;
}

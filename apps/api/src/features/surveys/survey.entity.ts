import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('survey')
export class SurveyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { unique: true })
  code: string;

  @Column('text')
  kind: 'NPS' | 'CSAT' | 'CES';

  @Column('text', { name: 'title_ja' })
  titleJa: string;

  @Column('text', { name: 'title_en' })
  titleEn: string;

  @Column('text', { name: 'question_ja' })
  questionJa: string;

  @Column('text', { name: 'question_en' })
  questionEn: string;

  @Column('boolean', { default: true })
  active: boolean;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}

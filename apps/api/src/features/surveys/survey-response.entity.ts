import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A response, with plan and stage snapshots for analysis. The respondent lives in SurveyRespondentEntity. */
@Entity('survey_response')
export class SurveyResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid', { name: 'survey_id' })
  surveyId: string;

  @Column('uuid', { name: 'customer_id' })
  customerId: string;

  @Column('smallint')
  score: number;

  @Column('text', { nullable: true })
  comment: string | null;

  @Column('text', { name: 'comment_masked', nullable: true })
  commentMasked: string | null;

  @Column('text', { name: 'comment_masked_kinds', array: true, default: () => `'{}'` })
  commentMaskedKinds: string[];

  @Column('text')
  channel: string;

  @Column('timestamptz', { name: 'answered_at' })
  answeredAt: Date;

  @Column('text', { name: 'plan_code', nullable: true })
  planCode: string | null;

  @Column('text')
  stage: string;

  @Column('text', { name: 'dedupe_key', unique: true })
  dedupeKey: string;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}

/** Personal data of whoever answered, kept apart so that erasure removes it alone. */
@Entity('survey_respondent')
export class SurveyRespondentEntity {
  @PrimaryColumn('uuid', { name: 'response_id' })
  responseId: string;

  @Column('text', { nullable: true })
  name: string | null;

  @Column('text', { nullable: true })
  email: string | null;
}

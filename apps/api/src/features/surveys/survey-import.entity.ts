import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One CSV import: a queue entry (content until processed), its progress and its bad rows. */
@Entity('survey_import')
export class SurveyImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { name: 'file_name' })
  fileName: string;

  @Column('text', { nullable: true })
  encoding: string | null;

  @Column('text')
  status: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';

  @Column('bytea', { nullable: true })
  content: Buffer | null;

  @Column('integer', { name: 'total_rows', default: 0 })
  totalRows: number;

  @Column('integer', { name: 'processed_rows', default: 0 })
  processedRows: number;

  @Column('integer', { name: 'imported_rows', default: 0 })
  importedRows: number;

  @Column('integer', { name: 'duplicate_rows', default: 0 })
  duplicateRows: number;

  @Column('integer', { name: 'error_rows', default: 0 })
  errorRows: number;

  @Column('jsonb', { default: () => `'[]'::jsonb` })
  errors: unknown;

  @Column('text', { nullable: true })
  failure: string | null;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @Column('uuid', { name: 'created_by_api_key', nullable: true })
  createdByApiKey: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'started_at', nullable: true })
  startedAt: Date | null;

  @Column('timestamptz', { name: 'heartbeat_at', nullable: true })
  heartbeatAt: Date | null;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}

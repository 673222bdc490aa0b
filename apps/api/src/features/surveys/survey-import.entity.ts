import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One CSV import: its progress and the bad rows it reported. */
@Entity('survey_import')
export class SurveyImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('text', { name: 'file_name' })
  fileName: string;

  @Column('text')
  encoding: string;

  @Column('text')
  status: 'RUNNING' | 'DONE' | 'FAILED';

  @Column('integer', { name: 'total_rows', default: 0 })
  totalRows: number;

  @Column('integer', { name: 'processed_rows', default: 0 })
  processedRows: number;

  @Column('integer', { name: 'imported_rows', default: 0 })
  importedRows: number;

  @Column('integer', { name: 'duplicate_rows', default: 0 })
  duplicateRows: number;

  @Column('jsonb', { default: () => `'[]'::jsonb` })
  errors: unknown;

  @Column('uuid', { name: 'created_by', nullable: true })
  createdBy: string | null;

  @Column('timestamptz', { name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Column('timestamptz', { name: 'finished_at', nullable: true })
  finishedAt: Date | null;
}

import type { SurveyImportStatus } from '../../../gql/graphql';

/** The colour of an import's status tag (with its word: never colour alone). */
export const IMPORT_STATUS_COLORS: Record<SurveyImportStatus, string> = {
  QUEUED: 'default',
  RUNNING: 'processing',
  DONE: 'success',
  FAILED: 'error',
};

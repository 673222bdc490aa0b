// The generic reader moved to features/imports (shared with the usage import); kept as the
// surveys' entry point.
export {
  csvRecords,
  CsvSyntaxError,
  detectEncoding,
  lastRecordEnd,
  type ImportEncoding,
} from '../imports/import-reader';

import {
  mapSurveyCsvHeader,
  parseCsv,
  readSurveyCsvHeader,
  type CsvRecord,
  type SurveyCsvColumn,
  type UserErrorData,
} from '@kizuna/domain';

/** The encodings the API reads a survey file in (it detects them the same way). */
export type SurveyFileEncoding = 'UTF-8' | 'UTF-8 (BOM)' | 'Shift_JIS';

/** Bytes read for the preview: the first rows of any sensible file. */
export const PREVIEW_BYTES = 64 * 1024;
export const PREVIEW_ROWS = 20;

const decodes = (bytes: Uint8Array, label: string, complete: boolean): string | null => {
  try {
    // A prefix may end inside a character: streaming keeps it back instead of failing.
    return new TextDecoder(label, { fatal: true }).decode(bytes, { stream: !complete });
  } catch {
    return null;
  }
};

/**
 * The bytes as text, detected like the API does: a UTF-8 BOM, else UTF-8 if every byte decodes,
 * else Shift_JIS (what Japanese Excel writes); null when neither (the API refuses the file).
 * `complete` is false for a prefix of the file.
 */
export function decodeSurveyFile(
  bytes: Uint8Array,
  complete = true,
): { encoding: SurveyFileEncoding; text: string } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodes(bytes, 'utf-8', complete);
    return text === null ? null : { encoding: 'UTF-8 (BOM)', text };
  }
  const utf8 = decodes(bytes, 'utf-8', complete);
  if (utf8 !== null) return { encoding: 'UTF-8', text: utf8 };
  const sjis = decodes(bytes, 'shift_jis', complete);
  return sjis === null ? null : { encoding: 'Shift_JIS', text: sjis };
}

/**
 * The records of a text that may stop anywhere (a prefix): the last, possibly cut, record is
 * dropped — and a quoted cell still open at the end with it.
 */
function completeRecords(text: string, complete: boolean): CsvRecord[] {
  let body = complete ? text : text.slice(0, Math.max(0, text.lastIndexOf('\n') + 1));
  for (;;) {
    const parsed = parseCsv(body);
    if (parsed.ok) return parsed.value;
    if (complete) return [];
    // Cut before the line the open quote started on, and read again.
    const lines = body.split('\n');
    body = lines.slice(0, Math.max(0, parsed.error.line - 1)).join('\n');
    if (body === '') return [];
    body += '\n';
  }
}

/** One column of the file: its heading as written, and what Kizuna reads it as (or nothing). */
export interface PreviewColumn {
  index: number;
  heading: string;
  column: SurveyCsvColumn | null;
}

export interface SurveyFilePreview {
  encoding: SurveyFileEncoding;
  columns: PreviewColumn[];
  /** Required columns the header lacks: the API would refuse the whole file. */
  missing: UserErrorData[];
  /** The first data rows, with their Excel row numbers. */
  rows: CsvRecord[];
}

/**
 * What the import will read, before it starts: the encoding, each column's mapping and the first
 * rows (PREVIEW_ROWS), from the beginning of the file. Null when the file is neither UTF-8 nor
 * Shift_JIS; no header gives no columns.
 */
export function previewSurveyFile(
  bytes: Uint8Array,
  complete: boolean,
  maxRows = PREVIEW_ROWS,
): SurveyFilePreview | null {
  const decoded = decodeSurveyFile(bytes, complete);
  if (!decoded) return null;
  const [header, ...data] = completeRecords(decoded.text, complete);
  const headings = header?.fields ?? [];
  const map = mapSurveyCsvHeader(headings);
  const byIndex = new Map(Object.entries(map).map(([column, index]) => [index, column]));
  const read = readSurveyCsvHeader(headings);
  return {
    encoding: decoded.encoding,
    columns: headings.map((heading, index) => ({
      index,
      heading: heading.trim(),
      column: (byIndex.get(index) as SurveyCsvColumn | undefined) ?? null,
    })),
    missing: read.ok ? [] : read.error,
    rows: data.slice(0, maxRows),
  };
}

/** The whole file's records (header first), for the bad-rows download; null if unreadable. */
export function readSurveyFileRecords(bytes: Uint8Array): CsvRecord[] | null {
  const decoded = decodeSurveyFile(bytes);
  if (!decoded) return null;
  const parsed = parseCsv(decoded.text);
  return parsed.ok ? parsed.value : null;
}

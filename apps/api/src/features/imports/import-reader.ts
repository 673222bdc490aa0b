// Reading an uploaded file (surveys, usage): its encoding and its CSV records a piece at a time.
import { parseCsv, type CsvRecord } from '@kizuna/domain';

export type ImportEncoding = 'UTF-8' | 'UTF-8 (BOM)' | 'Shift_JIS';

/** A CSV syntax error, with the line of the file it is on. */
export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
  }
}

/** True when every byte of the file decodes in `label` (read piece by piece). */
async function decodesAs(chunks: AsyncIterable<Uint8Array>, label: string): Promise<boolean> {
  const decoder = new TextDecoder(label, { fatal: true });
  try {
    for await (const chunk of chunks) decoder.decode(chunk, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/**
 * The file's encoding: UTF-8 with or without BOM, else Shift_JIS (what Japanese Excel writes as
 * "CSV"). A file that is neither is refused (null) rather than read as mojibake.
 */
export async function detectEncoding(
  chunks: () => AsyncIterable<Uint8Array>,
): Promise<ImportEncoding | null> {
  for await (const first of chunks()) {
    if (first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf) return 'UTF-8 (BOM)';
    break;
  }
  if (await decodesAs(chunks(), 'utf-8')) return 'UTF-8';
  if (await decodesAs(chunks(), 'shift_jis')) return 'Shift_JIS';
  return null;
}

/**
 * Where the text can be cut between records: just after the last line end outside a quoted
 * field, following parseCsv's rules (a quote opens a field only at its start).
 */
export function lastRecordEnd(text: string): number {
  let quoted = false;
  let fieldEmpty = true;
  let end = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
      fieldEmpty = false;
    } else if (ch === '"' && fieldEmpty) quoted = true;
    else if (ch === ',') fieldEmpty = true;
    else if (ch === '\n') {
      fieldEmpty = true;
      end = i + 1;
    } else if (ch === '\r') {
      fieldEmpty = true;
      // A CR that a LF may follow in the next piece is not an end yet.
      if (i + 1 < text.length && text[i + 1] !== '\n') end = i + 1;
    } else fieldEmpty = false;
  }
  return end;
}

/** Bytes decoded and parsed at a time (about one batch of rows). */
const PARSE_SLICE_BYTES = 64 * 1024;

/** Line breaks as parseCsv counts them: CRLF, LF or a lone CR. */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/**
 * Rows as a spreadsheet counts them: line ends outside quoted fields (parseCsv's rules). `text`
 * ends where a record does (lastRecordEnd), so it never starts inside quotes.
 */
function rowBreaks(text: string): number {
  let n = 0;
  let quoted = false;
  let fieldEmpty = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (quoted) {
      if (ch === 34) {
        if (text.charCodeAt(i + 1) === 34) i++;
        else quoted = false;
      }
    } else if (ch === 34 && fieldEmpty) quoted = true;
    else if (ch === 44) fieldEmpty = true;
    else if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      n++;
      fieldEmpty = true;
    } else if (ch !== 13) fieldEmpty = false;
  }
  return n;
}

/**
 * The file's records, a piece at a time (as many as the piece holds), with their line in the
 * whole file. Throws CsvSyntaxError for a malformed file.
 */
export async function* csvRecords(
  chunks: AsyncIterable<Uint8Array>,
  encoding: ImportEncoding,
): AsyncGenerator<CsvRecord[]> {
  // The UTF-8 decoder drops a leading BOM itself.
  const decoder = new TextDecoder(encoding === 'Shift_JIS' ? 'shift_jis' : 'utf-8');
  let carry = '';
  let lineOffset = 0;
  let rowOffset = 0;
  const parse = (text: string): CsvRecord[] => {
    const parsed = parseCsv(text);
    if (!parsed.ok) throw new CsvSyntaxError(parsed.error.line + lineOffset, parsed.error.reason);
    const records = parsed.value.map((r) => ({
      ...r,
      line: r.line + lineOffset,
      row: r.row + rowOffset,
    }));
    lineOffset += lineBreaks(text);
    rowOffset += rowBreaks(text);
    return records;
  };
  for await (const chunk of chunks) {
    // Parsed a slice at a time: each slice's records (about one batch) are garbage before the
    // next slice, instead of a whole piece's records surviving many batches' round trips.
    for (let at = 0; at < chunk.length; at += PARSE_SLICE_BYTES) {
      const slice = chunk.subarray(at, at + PARSE_SLICE_BYTES);
      const text = carry + decoder.decode(slice, { stream: true });
      const end = lastRecordEnd(text);
      carry = text.slice(end);
      if (end > 0) yield parse(text.slice(0, end));
    }
  }
  const rest = carry + decoder.decode();
  if (rest !== '') yield parse(rest);
}

/** A CSV cell: text, a number, or nothing (an empty field). */
export type CsvValue = string | number | null;

const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF, with
 * its quotes doubled. Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a
 * leading apostrophe: the files hold catalog names, which staff can edit.
 */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file for Excel: UTF-8 with a BOM (so that Japanese opens correctly), CRLF after every record. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((r) => r.map(csvField).join(',') + CRLF).join('');
}

/** A YYYY-MM-DD date as YYYYMMDD, for file names. */
export function compactDate(date: string): string {
  return date.replaceAll('-', '');
}

/** Save a CSV through a download link (the browser's own save, no server round trip). */
export function saveCsvFile(csv: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

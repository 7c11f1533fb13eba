// Tables saved as CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a comma, a quote or a
// line break (quotes doubled). Numbers are written unformatted, at full precision with a "." decimal, so a
// spreadsheet or a script reads the values the panel computed rather than the rounded text it shows.

export type CsvValue = string | number | boolean | null | undefined;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  // String(number) is the shortest text that reads back as the same double, and never uses a locale's comma.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

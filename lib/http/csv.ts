// CSV as spreadsheets open it: UTF-8 with a BOM (Excel otherwise guesses the encoding and garbles
// Chinese), CRLF rows, fields quoted when they hold a comma, quote or line break. Null is empty.
// A field starting with = + - @ is prefixed with ' so no spreadsheet runs it as a formula.

export type CsvCell = string | number | null | undefined;

function field(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly CsvCell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

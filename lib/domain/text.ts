// Text that may go into the database from outside (URL parameters, path segments). PostgreSQL
// refuses the NUL character in text and answers with an error, not a miss; control characters
// and unpaired surrogates (which no real name or search contains) are refused with it, so every
// parser says "invalid" before any query runs.

const UNPRINTABLE = /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** No control characters, no unpaired surrogates. */
export function isPlainText(value: string): boolean {
  return value.search(UNPRINTABLE) === -1;
}

/** For quoting a refused value back: control characters and unpaired surrogates shown as U+FFFD. */
export function printable(value: string): string {
  return value.replace(UNPRINTABLE, '\uFFFD');
}

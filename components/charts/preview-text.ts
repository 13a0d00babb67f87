// Text that must fit the link-preview image (1200×630, drawn by satori, which wraps but never cuts):
// an estimate of a string's width from its characters, and the string cut with … to a width.
// The estimate is generous (wide Latin letters, full-width CJK), so what it lets through fits.

/** Width of a character in em: CJK and full-width forms 1, wide Latin letters and digits 0.62, narrow ones less. */
function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 0x2e80 || (code >= 0x2000 && code <= 0x206f)) return 1;
  if (ch === ' ') return 0.3;
  if (/[iljtf.,:;'!|()[\]·]/.test(ch)) return 0.36;
  if (/[MWmw@%]/.test(ch)) return 0.9;
  return 0.62;
}

/** Estimated width of `text` in pixels at `fontSize`. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += charWidth(ch);
  return em * fontSize;
}

/** `text` whole when it fits `maxWidth` pixels at `fontSize`, else cut and ended with …. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const budget = maxWidth - textWidth('…', fontSize);
  let width = 0;
  let out = '';
  for (const ch of text) {
    width += charWidth(ch) * fontSize;
    if (width > budget) break;
    out += ch;
  }
  return `${out.trimEnd()}…`;
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from './index';
import { itemsToLines, type PositionedItem } from './pdf';

// Taken before anything loads pdfjs (extractText imports it lazily).
const NATIVE = {
  push: Array.prototype.push,
  stringify: JSON.stringify,
  parse: JSON.parse,
  setHas: Set.prototype.has,
  mapGet: Map.prototype.get,
};
const corpus = (name: string) => new Uint8Array(readFileSync(`data/reports/corpus/${name}`));
const reference = (name: string) => readFileSync(`data/reports/reference-text/${name}`, 'utf8');

async function pdfLines(name: string): Promise<string[]> {
  const r = await extractText(corpus(name), name);
  if (!r.ok) throw new Error(r.message.en);
  expect(r.fileType).toBe('pdf');
  return r.text.split('\n');
}

it('leaves the native built-ins in place after reading a PDF (pdfjs bundles slow polyfills)', async () => {
  await pdfLines('huaian_city_2024.pdf');
  // core-js makes its replacements print as native code: compare identity instead.
  const now = {
    push: Array.prototype.push,
    stringify: JSON.stringify,
    parse: JSON.parse,
    setHas: Set.prototype.has,
    mapGet: Map.prototype.get,
  };
  for (const key of Object.keys(NATIVE) as (keyof typeof NATIVE)[]) expect(now[key], key).toBe(NATIVE[key]);
  expect(JSON.stringify({ a: [1, '阜阳'] })).toBe('{"a":[1,"阜阳"]}');
});

describe('itemsToLines', () => {
  const item = (str: string, x: number, y: number, width: number, size = 10): PositionedItem => ({ str, x, y, width, size });

  it('groups by baseline, orders by x, separates wide gaps as cells', () => {
    const lines = itemsToLines([
      item('95', 320, 328.7, 14, 14),
      item('一、本年新收政府信息公开申请数量', 77, 330.1, 160),
      item('0', 352, 328.7, 7, 14),
      item('- 3 -', 460, 39.5, 21, 13),
      item('2024 年，', 106, 460, 68, 16),
      item('淮安市洪泽区人民政府', 166.6, 460, 160, 16),
    ]);
    expect(lines).toEqual(['2024 年，淮安市洪泽区人民政府', '一、本年新收政府信息公开申请数量 | 95 | 0', '- 3 -']);
  });

  it("keeps a row's numbers apart from the two lines of its wrapped label", () => {
    const lines = itemsToLines([
      item('5.要求行政机关确认或重新出具', 180, 631.4, 120, 9),
      item('0', 322, 623.8, 7, 14),
      item('0', 352, 623.8, 7, 14),
      item('已获取信息', 197, 618.4, 45, 9),
    ]);
    expect(lines).toEqual(['5.要求行政机关确认或重新出具', '0 | 0', '已获取信息']);
  });

  it('puts vertical text on a line of its own and ignores blank items', () => {
    const lines = itemsToLines([
      { ...item('三、本', 90, 227, 10), vertical: true },
      item(' ', 100, 230, 1400),
      item('1.属于国家秘密', 180, 230.3, 60, 9),
      item('0', 322, 229, 7, 14),
    ]);
    expect(lines).toEqual(['1.属于国家秘密 | 0', '三、本']);
  });
});

describe('corpus PDFs', () => {
  it('hongze_district_2024: table rows hold together, as in the reference text', async () => {
    const lines = await pdfLines('hongze_district_2024.pdf');
    expect(lines).toContain('一、本年新收政府信息公开申请数量 | 95 | 0 | 0 | 0 | 0 | 0 | 95');
    expect(lines).toContain('（四）无法提供 | 1.本机关不掌握相关政府信息 | 31 | 0 | 0 | 0 | 0 | 0 | 31');
    // pdfplumber puts these numbers on a line of their own before the label; here they stay in the row.
    expect(reference('hongze_district_2024.txt')).toContain('1 0 0 0 0 0 1\n2.没有现成信息需要另行制作');
    expect(lines).toContain('2.没有现成信息需要另行制作 | 1 | 0 | 0 | 0 | 0 | 0 | 1');
    expect(lines).toContain('1 | 1 | 0 | 0 | 2 | 1 | 0 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 3');
    expect(lines).toContain('- 3 -');
    expect(lines[0]).toBe('淮安市洪泽区人民政府');
  });

  it('hongze_district_2023: the review row prints 10 upheld, 1 corrected and a total of 0', async () => {
    const lines = await pdfLines('hongze_district_2023.pdf');
    const ref = reference('hongze_district_2023.txt');
    const row = lines.find((l) => /^10 \| 1 \| /.test(l));
    expect(row).toBeDefined();
    // Same numbers as the reference extraction, in the same order.
    expect(ref).toContain(row!.replaceAll(' | ', ' '));
    expect(lines).toContain('（七）总计 | 21 | 0 | 0 | 0 | 0 | 0 | 21');
  });

  it('huaian_city_2024: every table 3 row that pdfplumber splits is one line here', async () => {
    const lines = await pdfLines('huaian_city_2024.pdf');
    expect(lines).toContain('一、本年新收政府信息公开申请数量 | 3001 | 53 | 0 | 0 | 61 | 4 | 3119');
    expect(lines.some((l) => l.endsWith('6.属于四类过程性信息 | 12 | 0 | 0 | 0 | 0 | 0 | 12'))).toBe(true);
    expect(lines.some((l) => l.endsWith('1.本机关不掌握相关政府信息 | 746 | 12 | 0 | 0 | 10 | 1 | 769'))).toBe(true);
    expect(lines).toContain('（七）总计 | 2932 | 53 | 0 | 0 | 61 | 4 | 3050');
    expect(lines).toContain('72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20');
    // The body text is the same as the reference, apart from the spaces pdfplumber puts around digits.
    const squash = (s: string) => s.replace(/[\s|]/g, '');
    expect(squash(lines.join(''))).toContain(squash('2024年，全市共受理政府信息公开申请3119件'));
  });
});

describe('PDF refusals', () => {
  const minimalPdf = (content: string) =>
    new TextEncoder().encode(
      `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
        `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n` +
        `4 0 obj<</Length ${content.length}>>stream\n${content}\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
    );

  it('refuses a PDF whose pages carry no text (a scan)', async () => {
    const r = await extractText(minimalPdf('q 612 0 0 792 0 0 cm Q'), 'scan.pdf');
    expect(r).toMatchObject({ ok: false, code: 'SCANNED_PDF' });
    if (!r.ok) expect(r.message.en).toBe('PDF has no text layer (scanned image); OCR is not supported');
  });

  it('refuses a truncated PDF as unreadable', async () => {
    const r = await extractText(new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj <<'), 'cut.pdf');
    expect(r.ok).toBe(false);
  });
});

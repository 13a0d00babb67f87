// The one ingest step with its limits, through real reader processes: reports are read; bombs and
// pathological documents are refused with a code (422) without being held in memory; a reader
// that hangs, fills its heap, fills memory outside the heap or dies is stopped and replaced, and
// the next file still reads.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charsetOf, createReader, type ReadOutcome, type Reader } from './index';
import { deepHtml, docxBomb, docxLyingAboutItsSize, docxOfManyParts, largeHtml, pdfOfPages } from './testing/hostile';

const ROOT = path.resolve(import.meta.dirname, '../..');
const seed = new Uint8Array(readFileSync(path.join(ROOT, 'data/reports/seeds/001-yiyang-2020.txt')));
const FAKE_CHILD = { args: [path.join(import.meta.dirname, 'testing/fake-child.mjs')], cwd: ROOT };

let reader: Reader;
beforeAll(() => {
  // Memory capped below what inflating a bomb would take: a refusal here was reached without inflating it.
  reader = createReader({ readers: 2, heapMb: 128, maxRssMb: 320 });
});
afterAll(async () => reader?.close());

function refusalOf(outcome: ReadOutcome): { code: string; httpStatus: number; en: string } {
  if (outcome.ok) throw new Error(`read, not refused (${outcome.fileType})`);
  return { code: outcome.code, httpStatus: outcome.httpStatus, en: outcome.message.en };
}

describe('reading', () => {
  it('reads a report: its text, type, encoding, parse, and how many figures came from tables', async () => {
    const read = await reader.read(seed, '001-yiyang-2020.txt');
    if (!read.ok) throw new Error(read.message.en);
    expect(read).toMatchObject({ fileType: 'txt', mimeType: 'text/plain', encoding: 'utf-8' });
    expect(read.text).toContain('弋阳县');
    expect(read.result.meta).toMatchObject({ place: '弋阳县', year: 2020 });
    const fromTables = Object.entries(read.result.figures).filter(([k, v]) => v !== null && read.result.provenance[k]!.via === 'table');
    expect(read.tableFigures).toBe(fromTables.length);
    expect(read.tableFigures).toBeGreaterThan(100);
  });

  it('reads old Word (.doc, and a .wps in Word’s format) in the reader process: the same figures as the report’s text', async () => {
    const doc = new Uint8Array(readFileSync(path.join(ROOT, 'lib/extract/testing/yiyang-2020.doc')));
    const text = await reader.read(seed, '001-yiyang-2020.txt');
    for (const name of ['yiyang-2020.doc', 'yiyang-2020.wps']) {
      const read = await reader.read(doc, name);
      if (!read.ok || !text.ok) throw new Error(`refused: ${JSON.stringify(read.ok ? text : read)}`);
      expect(read).toMatchObject({ fileType: 'doc', mimeType: 'application/msword', encoding: null });
      expect(read.result.figures).toEqual(text.result.figures);
      expect(read.result.meta).toMatchObject({ place: '弋阳县', year: 2020 });
    }
  });

  it('reads a PDF handed over as a Node Buffer (as files read from disk are), not only as a Uint8Array', async () => {
    const pdf = readFileSync(path.join(ROOT, 'data/reports/corpus/hongze_district_2023.pdf'));
    const read = await reader.read(pdf, 'hongze_district_2023.pdf');
    expect(read).toMatchObject({ ok: true, fileType: 'pdf', result: { meta: { year: 2023 } } });
  });

  it('takes the charset of a Content-Type as the decoding hint', () => {
    expect(charsetOf('text/html; charset=GB2312')).toBe('gb2312');
    expect(charsetOf('text/html;charset="utf-8"')).toBe('utf-8');
    expect(charsetOf('text/html')).toBeNull();
    expect(charsetOf(null)).toBeNull();
  });

  it('a CLI that closes its reader ends by itself: closing waits for idle processes too', () => {
    const script = `const { createReader } = await import('./lib/ingest/index.ts');
      const reader = createReader({ readers: 1 });
      console.log((await reader.read(new TextEncoder().encode('x'), 'x.txt')).code);
      await reader.close();
      console.log('closed');`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(out.split('\n')).toEqual(['NOT_A_REPORT', 'closed', '']);
  });

  it('refuses a file over the size limit unread, with 413', async () => {
    const small = createReader({ readers: 1, maxFileBytes: 1000 });
    try {
      expect(refusalOf(await small.read(new Uint8Array(1001), 'big.txt'))).toMatchObject({ code: 'FILE_TOO_LARGE', httpStatus: 413 });
    } finally {
      await small.close();
    }
  });

  it('refuses a parse refusal with the parser’s code and 422', async () => {
    const novel = new TextEncoder().encode('第一章\n那年冬天，雪下得很大。他推开木门，屋里只有一盏昏黄的油灯。\n'.repeat(40));
    expect(refusalOf(await reader.read(novel, 'novel.txt'))).toMatchObject({ code: 'NOT_A_REPORT', httpStatus: 422 });
  });
});

describe('decompression bombs and pathological documents', () => {
  it('a .docx whose document.xml inflates to 100 MB from a few hundred KB is refused without inflating it', async () => {
    const bomb = docxBomb();
    expect(bomb.byteLength).toBeGreaterThan(100 * 1024);
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const refusal = refusalOf(await reader.read(bomb, 'report.docx'));
    expect(refusal).toMatchObject({ code: 'COMPRESSION_RATIO', httpStatus: 422 });
    expect(refusal.en).toMatch(/decompression bomb.*\(\d+:1 > 100:1\)/);
    // The next file reads as ever.
    expect((await reader.read(seed, 'next.txt')).ok).toBe(true);
  });

  it('the inflated total is limited too (64 MB by default; 1 MB here), counted as the entries inflate', async () => {
    const limited = createReader({ readers: 1, extractLimits: { maxInflatedBytes: 1024 * 1024, maxCompressionRatio: 10_000 } });
    try {
      expect(refusalOf(await limited.read(docxBomb(2 * 1024 * 1024), 'r.docx')).code).toBe('INFLATED_TOO_LARGE');
      // An entry that declares less than it inflates to is caught while inflating.
      const liar = docxLyingAboutItsSize(3 * 1024 * 1024, 1000);
      expect(refusalOf(await limited.read(liar, 'liar.docx')).code).toMatch(/^(INFLATED_TOO_LARGE|UNREADABLE)$/);
    } finally {
      await limited.close();
    }
  });

  it('more than 2,000 parts is refused; 2,000 is not refused for its parts', async () => {
    expect(refusalOf(await reader.read(docxOfManyParts(2001), 'parts.docx'))).toMatchObject({ code: 'TOO_MANY_ENTRIES', httpStatus: 422 });
    expect(refusalOf(await reader.read(docxOfManyParts(2000), 'parts.docx')).code).not.toBe('TOO_MANY_ENTRIES');
  });

  it('a PDF of more than 500 pages is refused before its pages are read', async () => {
    const refusal = refusalOf(await reader.read(pdfOfPages(501), 'long.pdf'));
    expect(refusal).toMatchObject({ code: 'TOO_MANY_PAGES', httpStatus: 422 });
    expect(refusal.en).toContain('501 > 500');
    expect(refusalOf(await reader.read(pdfOfPages(500), 'long.pdf')).code).not.toBe('TOO_MANY_PAGES');
  });

  it('HTML over 10 MB, or nested deeper than 256 elements, is refused', async () => {
    expect(refusalOf(await reader.read(largeHtml(10.5 * 1024 * 1024), 'page.html'))).toMatchObject({
      code: 'HTML_TOO_LARGE',
      httpStatus: 422,
    });
    expect(refusalOf(await reader.read(deepHtml(300), 'page.html')).code).toBe('HTML_TOO_DEEP');
    // Deep enough to take the HTML parser many seconds if it were parsed whole.
    expect(refusalOf(await reader.read(deepHtml(200_000), 'page.html')).code).toBe('HTML_TOO_DEEP');
    expect(refusalOf(await reader.read(deepHtml(200), 'page.html')).code).not.toBe('HTML_TOO_DEEP');
  });
});

describe('reader processes that misbehave are stopped and replaced', () => {
  let fake: Reader;
  /** With time enough for V8 to give up on a full heap however busy the machine is. */
  let patient: Reader;
  beforeAll(() => {
    fake = createReader({ readers: 1, timeoutMs: 1500, command: FAKE_CHILD });
    patient = createReader({ readers: 1, timeoutMs: 60_000, heapMb: 64, maxRssMb: 400, command: FAKE_CHILD });
  });
  afterAll(async () => Promise.all([fake?.close(), patient?.close()]));

  it('a reader that hangs is killed at the time limit, and the next file still reads', async () => {
    const started = Date.now();
    const hang = fake.read(seed, 'hang.txt');
    const next = fake.read(seed, 'next.txt');
    expect(refusalOf(await hang)).toMatchObject({ code: 'TIMEOUT', httpStatus: 422, en: expect.stringContaining('1.5 s') });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    const read = await next;
    expect(read.ok && read.result.meta.place).toBe('弋阳县');
  });

  it('a reader that fills its heap is stopped by V8’s cap, and the next file still reads', async () => {
    expect(refusalOf(await patient.read(seed, 'heap.txt'))).toMatchObject({
      code: 'MEMORY_LIMIT',
      en: expect.stringContaining('64 MB heap'),
    });
    expect((await patient.read(seed, 'next.txt')).ok).toBe(true);
  });

  it('a reader that fills memory outside its heap is killed at the resident limit', async () => {
    expect(refusalOf(await patient.read(seed, 'buffers.txt'))).toMatchObject({
      code: 'MEMORY_LIMIT',
      en: expect.stringContaining('400 MB resident'),
    });
    expect((await patient.read(seed, 'next.txt')).ok).toBe(true);
  });

  it('a reader that dies is replaced', async () => {
    expect(refusalOf(await fake.read(seed, 'exit.txt'))).toMatchObject({ code: 'READER_FAILED', en: expect.stringContaining('exit 3') });
    expect((await fake.read(seed, 'next.txt')).ok).toBe(true);
  });
});

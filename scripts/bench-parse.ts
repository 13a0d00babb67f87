// `npm run bench:parse`: parser throughput on text input, one core, over the bundled reports
// (seeds, pingtan, and the corpus PDFs' text as lib/extract gives it — extracted once, untimed).
// Prints N, total ms, reports/s and p50/p95 per report. Exit 0; 1 if a bundled report is refused.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractText } from '../lib/extract';
import { parseReport } from '../lib/parser';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARMUP = 20;
const root = path.resolve(import.meta.dirname, '..');

async function bundledTexts(): Promise<{ name: string; text: string }[]> {
  const dirs = ['data/reports/seeds', 'data/reports/corpus'];
  const files = dirs.flatMap((d) => readdirSync(path.join(root, d)).map((f) => path.join(d, f))).sort();
  const out: { name: string; text: string }[] = [];
  for (const f of files) {
    const r = await extractText(new Uint8Array(readFileSync(path.join(root, f))), path.basename(f));
    if (!r.ok) throw new Error(`${f}: ${r.reason.en}`);
    out.push({ name: f, text: r.text });
  }
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const texts = await bundledTexts();
for (const { name, text } of texts) {
  if (!parseReport(text).ok) {
    console.error(`Refused: ${name}`);
    process.exit(1);
  }
}
for (let i = 0; i < WARMUP; i++) for (const { text } of texts) parseReport(text);

const times: number[] = [];
const started = performance.now();
for (let i = 0; i < ROUNDS; i++) {
  for (const { text } of texts) {
    const t0 = performance.now();
    parseReport(text);
    times.push(performance.now() - t0);
  }
}
const total = performance.now() - started;
times.sort((a, b) => a - b);
const chars = texts.reduce((n, t) => n + t.text.length, 0);
console.log(`reports:     ${texts.length} bundled (${Math.round(chars / texts.length)} chars each on average) × ${ROUNDS} rounds`);
console.log(`N:           ${times.length} parses`);
console.log(`total:       ${total.toFixed(0)} ms`);
console.log(`throughput:  ${Math.round((times.length / total) * 1000)} reports/s (one core)`);
console.log(`per report:  p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, max ${times[times.length - 1]!.toFixed(3)} ms`);

// `npm run bench:parse`: parser throughput on text input, one core, over the bundled reports
// (seeds, pingtan, and the corpus PDFs' text as lib/extract gives it — extracted once, untimed).
// Prints N, reports/s from CPU time (process.cpuUsage: what the parser costs, whatever else the
// machine runs) and from wall time, p50/p95 per report, time per pipeline stage, and the worst
// cases: 5 MB inputs built to make each reader search long (each must be parsed or refused
// within 1 s). Exit 0; 1 if a bundled report is refused.
// Runs as one esbuild bundle, as `npm run parse` does and as Next bundles the parser for the
// server (scripts/cli.mjs): under tsx, each module's imports are live ESM bindings and the same
// parser measures ~10% slower.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractText } from '../lib/extract';
import { parseReport } from '../lib/parser';
import { runStages, STAGES } from '../lib/parser/pipeline';
import { percentile } from './lib/bench';

// Steady state, as in a bulk ingest of thousands of reports: with 20 warm-up rounds and 200 timed
// ones, V8 was still compiling during the timed part (~16% more CPU on its background threads).
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 1000);
const WARMUP = 100;
const root = path.resolve(import.meta.dirname, '..');

async function bundledTexts(): Promise<{ name: string; text: string }[]> {
  const dirs = ['data/reports/seeds', 'data/reports/corpus'];
  const files = dirs.flatMap((d) => readdirSync(path.join(root, d)).map((f) => path.join(d, f))).sort();
  const out: { name: string; text: string }[] = [];
  for (const f of files) {
    const r = await extractText(new Uint8Array(readFileSync(path.join(root, f))), path.basename(f));
    if (!r.ok) throw new Error(`${f}: ${r.message.en}`);
    out.push({ name: f, text: r.text });
  }
  return out;
}

/** CPU milliseconds (user + system) since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

const texts = await bundledTexts();
for (const { name, text } of texts) {
  if (!parseReport(text).ok) {
    console.error(`Refused: ${name}`);
    process.exit(1);
  }
}
for (let i = 0; i < WARMUP; i++) for (const { text } of texts) parseReport(text);

// Four timed runs over the bundled reports; the figure is their median (a shared machine's
// background load moves single runs by ±10%).
const RUNS = Number(process.env.BENCH_RUNS ?? 4);
const times: number[] = [];
const runRates: number[] = [];
let cpu = 0;
let wall = 0;
for (let run = 0; run < RUNS; run++) {
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < ROUNDS; i++) {
    for (const { text } of texts) {
      const t0 = performance.now();
      parseReport(text);
      times.push(performance.now() - t0);
    }
  }
  const runCpu = cpuMs(cpu0);
  cpu += runCpu;
  wall += performance.now() - started;
  runRates.push(Math.round(((ROUNDS * texts.length) / runCpu) * 1000));
}
times.sort((a, b) => a - b);
const chars = texts.reduce((n, t) => n + t.text.length, 0);
const perSecond = (ms: number) => Math.round((times.length / ms) * 1000);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : Math.round((s[s.length / 2 - 1]! + s[s.length / 2]!) / 2);
};
console.log(
  `reports:     ${texts.length} bundled (${Math.round(chars / texts.length)} chars each on average) × ${ROUNDS} rounds × ${RUNS} runs`,
);
console.log(`N:           ${times.length} parses`);
console.log(`total:       ${cpu.toFixed(0)} ms CPU, ${wall.toFixed(0)} ms wall`);
console.log(`runs:        ${runRates.join(', ')} reports/s by CPU time; median ${median(runRates)} (aim ≥ 2,000)`);
console.log(`throughput:  ${perSecond(cpu)} reports/s by CPU time, ${perSecond(wall)} reports/s by wall time (one core, all runs)`);
console.log(
  `per report:  p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, max ${times[times.length - 1]!.toFixed(3)} ms (wall)`,
);

// The gold set's unseen reports (data/gold/unseen), apart: not part of the figure above.
const unseenDir = 'data/gold/unseen';
const unseen = readdirSync(path.join(root, unseenDir))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(path.join(root, unseenDir, f), 'utf8'));
for (let i = 0; i < WARMUP; i++) for (const text of unseen) parseReport(text);
const unseenCpu0 = process.cpuUsage();
for (let i = 0; i < ROUNDS; i++) for (const text of unseen) parseReport(text);
console.log(
  `new files:   ${unseen.length} (${unseenDir}) ${Math.round(((ROUNDS * unseen.length) / cpuMs(unseenCpu0)) * 1000)} reports/s by CPU time`,
);

// Per stage: one more pass over the reports with each stage timed (wall, high resolution).
const stageMs = new Map(STAGES.map((s) => [s.name, 0]));
const STAGE_ROUNDS = Math.max(1, Math.round(ROUNDS / 4));
for (let i = 0; i < STAGE_ROUNDS; i++) {
  for (const { text } of texts) {
    runStages(text, {}, (stage, run) => {
      const t0 = performance.now();
      run();
      stageMs.set(stage.name, stageMs.get(stage.name)! + performance.now() - t0);
    });
  }
}
const stageTotal = [...stageMs.values()].reduce((a, b) => a + b, 0);
const parses = STAGE_ROUNDS * texts.length;
console.log(`per stage:   µs per report (share), ${parses} parses`);
for (const [name, ms] of stageMs)
  console.log(
    `  ${name.padEnd(10)} ${((ms / parses) * 1000).toFixed(1).padStart(7)} µs  ${((ms / stageTotal) * 100).toFixed(1).padStart(5)}%`,
  );

// Worst cases: 5 MB of text built to make the readers search long.
const seed = texts.find((t) => t.name.includes('000-fuyang'))!.text;
const FIVE_MB = 5_000_000;
const fill = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
const WORST: Record<string, string> = {
  'a report repeated': fill(`${seed}\n`, FIVE_MB),
  '1.6M lines of 四、': fill('四、\n', FIVE_MB),
  'report + blank lines': seed + fill('\n', FIVE_MB - seed.length),
  'spaces + report': fill(' ', FIVE_MB - seed.length) + seed,
  'report + 由…政府': seed + fill('由政府', FIVE_MB - seed.length),
  'report + 综合全市': seed + fill('综合全市', FIVE_MB - seed.length),
  'report + sentences': seed + fill('全市新收依申请公开1件，', FIVE_MB - seed.length),
  'report + appeals': seed + fill('行政复议公开1件，维持1件，', FIVE_MB - seed.length),
};
console.log('worst cases: 5 MB each, ms CPU / wall (limit 1000 ms), slowest stage');
for (const [name, text] of Object.entries(WORST)) {
  let slowest = { name: '', ms: 0 };
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const ctx = runStages(text, {}, (stage, run) => {
    const s0 = performance.now();
    run();
    const ms = performance.now() - s0;
    if (ms > slowest.ms) slowest = { name: stage.name, ms };
  });
  const w = performance.now() - t0;
  const outcome = ctx.refusal ? `refused (${ctx.refusal.code})` : 'parsed';
  console.log(
    `  ${name.padEnd(22)} ${cpuMs(c0).toFixed(0).padStart(5)} / ${w.toFixed(0).padStart(5)} ms  ${outcome}, ${slowest.name} ${slowest.ms.toFixed(0)} ms`,
  );
}

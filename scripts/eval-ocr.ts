// npm run eval:ocr [-- --only <name part>] [--dpi 150|300] [--kind pdf|image] [--save <dir> | --from <dir>] [--why] [--perturb <list|all> [--base <dir>]]
// Recognises the generated scan set (lib/ocr/testing/scan-set.ts: the bundled reports typeset or
// rendered, with a scanner's damage, at 150 and 300 dpi, as image-only PDFs and as JPEG files; made
// under .data/scans on first run) and prints, per scan, the figures exact / missing / WRONG against
// the text version — table 3 and 4 ("key figures") apart from table 2 — and seconds per page: wall,
// and CPU of recognition (cpuSeconds: every thread of this process and its children; the process's
// start printed apart). `--save` keeps each recognition (the document, no images, and its seconds)
// under <dir>; `--from` reads them back instead of recognising: the layout, parser and
// guard measured again in seconds. `--why` says, per missing figure, where it was lost and, for a key
// figure, whether the tables' relations over the figures read would give it, for a table-2 figure held
// by its stricter threshold, whether it was read right (lib/ocr/testing/why.ts), then counts per group
// and table. `--perturb native,scale-0.93,…|all` recognises each scan again under each perturbation
// named (lib/ocr/testing/perturb.ts: other renderings of the same pixels) instead of as it is, and
// scores each like the base run, per perturbation; `--save`/`--from` then keep them under
// <dir>/<perturbation>/; with `--base <dir>` (the base run's kept recognitions) only the pages that
// hold table cells in it are recognised again, the others keeping the base's items (the figures
// scored come from the tables; a page is recognised on its own, so the splice is what a whole run
// would read there). Exit 0; 1 when any figure is wrong.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { availableParallelism, loadavg } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  readRecognised,
  recogniseFile,
  THRESHOLDS,
  type OcrDocument,
  type RecognisedType,
  type RecogniseOutcome,
  type Thresholds,
} from '../lib/ocr';
import { loadModels } from '../lib/ocr/engine';
import { scanSet, type ScanEntry } from '../lib/ocr/testing/scan-set';
import { pdfjs } from '../lib/extract/pdf';
import { addTally, pct, scoreFigures, sweepThresholds, tally, type Tally } from '../lib/ocr/testing/score';
import { whyMissing, wrongDetail } from '../lib/ocr/testing/why';
import { perturbations, splice, tablePages, type Perturbation } from '../lib/ocr/testing/perturb';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    dpi: { type: 'string' },
    kind: { type: 'string' },
    dir: { type: 'string' },
    save: { type: 'string' },
    from: { type: 'string' },
    why: { type: 'boolean' },
    perturb: { type: 'string' },
    base: { type: 'string' },
  },
});
/** The scan set as it is, or each perturbation named. */
const runs: Perturbation[] = args.perturb ? perturbations(args.perturb) : [{ name: 'base', what: 'the scan as it is', decoder: 'pdfjs' }];
/** Where a run's recognitions are kept (`--save`, `--from`): a perturbation's in a folder of its own. */
const keptDir = (d: string, run: Perturbation) => (args.perturb ? path.join(d, run.name) : d);
const root = path.resolve(import.meta.dirname, '..');
const keptPath = (d: string, file: string) => path.join(path.resolve(d), `${file}.ocr.json`);
const dir = path.resolve(args.dir ?? path.join(root, '.data/scans'));
const entries = (await scanSet(root, dir)).filter(
  (e) => (!args.only || e.file.includes(args.only)) && (!args.dpi || String(e.dpi) === args.dpi) && (!args.kind || e.kind === args.kind),
);

/** Per group and table: `lost; sums` → missing figures (--why). */
const why: Record<string, Map<string, number>> = {};
const totals: Record<string, { key: Tally; t2: Tally; pages: number; wall: number; cpu: number }> = {};
/** Per run, the digit threshold chosen on this set: each scan is laid out and read again at each candidate (cheap: no recognition). */
const sweeps = new Map<string, Map<Thresholds, Tally>>();
/** Per run, key figures and table 2 (--perturb: the family's totals). */
const family = new Map<string, { key: Tally; t2: Tally }>();
interface Kept {
  doc: OcrDocument;
  fileType: RecognisedType;
  mimeType: string;
  wall: number;
  cpu: number;
}

/**
 * CPU seconds used so far by recognition, all of it: process.cpuUsage() is the process's rusage,
 * which sums every thread (ONNX Runtime's, libvips's, pdf.js's and V8's, measured: a worker
 * thread's CPU is counted), and a child process's CPU (a decoder run apart) is not in it, so the
 * children waited for are added from /proc/self/stat (cutime, cstime; 100 ticks a second on Linux).
 */
function cpuSeconds(): number {
  const self = process.cpuUsage();
  let children = 0;
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    // Not Linux: this process's threads only.
  }
  return (self.user + self.system) / 1e6 + (Number.isFinite(children) ? children : 0);
}

/** One scan recognised (or its kept recognition read back), with wall and CPU seconds. */
async function recognised(file: string, run: Perturbation): Promise<{ rec: RecogniseOutcome; wall: number; cpu: number }> {
  if (args.from) {
    const k = JSON.parse(readFileSync(keptPath(keptDir(args.from, run), file), 'utf8')) as Kept;
    return {
      rec: { ok: true, recognised: { doc: k.doc, images: [], fileType: k.fileType, mimeType: k.mimeType } },
      wall: k.wall,
      cpu: k.cpu,
    };
  }
  const started = performance.now();
  const cpu0 = cpuSeconds();
  const basePath = args.base && args.perturb ? keptPath(args.base, file) : null;
  const base = basePath && existsSync(basePath) ? (JSON.parse(readFileSync(basePath, 'utf8')) as Kept).doc : null;
  const again = base ? tablePages(base) : null;
  const perturb = run.page;
  let rec = await recogniseFile(new Uint8Array(readFileSync(path.join(dir, file))), undefined, undefined, undefined, {
    pdfDecoder: run.decoder,
    pagesThrough: async (page, n) => (again && !again.has(n) ? null : perturb ? perturb(page) : page),
  });
  if (rec.ok && base && again) rec = { ok: true, recognised: { ...rec.recognised, doc: splice(rec.recognised.doc, base, again) } };
  const cpu = cpuSeconds() - cpu0;
  const wall = (performance.now() - started) / 1000;
  if (args.save && rec.ok) {
    const to = keptDir(args.save, run);
    mkdirSync(path.resolve(to), { recursive: true });
    const { doc, fileType, mimeType } = rec.recognised;
    writeFileSync(keptPath(to, file), JSON.stringify({ doc, fileType, mimeType, wall, cpu } satisfies Kept));
  }
  return { rec, wall, cpu };
}

// What an OCR process does once, whatever it reads (the models, pdf.js and the canvas loaded): measured
// apart, so that a scan's seconds per page are its own (the OCR child process reads scan after scan).
if (!args.from) {
  const cpu0 = cpuSeconds();
  const started = performance.now();
  await Promise.all([loadModels(), pdfjs(), import('@napi-rs/canvas')]);
  const wall = (performance.now() - started) / 1000;
  console.log(
    `process start (models, pdf.js, canvas; once per OCR process) | ${wall.toFixed(1)} s wall | ${(cpuSeconds() - cpu0).toFixed(1)} s cpu`,
  );
}
/** One scan of one run recognised (or read back) and scored, its line printed and added to its group. */
async function score(e: ScanEntry, run: Perturbation): Promise<void> {
  const { rec, wall, cpu } = await recognised(e.file, run);
  const read = rec.ok ? readRecognised(rec.recognised.doc, e.file, rec.recognised) : null;
  const { key, t2, wrongs, wrongKeys } = scoreFigures(e.expected, read?.ok ? read.result.figures : undefined);
  const sweep = sweeps.get(run.name) ?? new Map<Thresholds, Tally>();
  sweeps.set(run.name, sweep);
  if (rec.ok) sweepThresholds(sweep, rec.recognised.doc, e.file, rec.recognised, e.expected);
  const pages = rec.ok ? rec.recognised.doc.pages.length : e.pages;
  const name = `${args.perturb ? `${run.name} | ` : ''}${e.dpi} dpi ${e.kind}`;
  const group = (totals[name] ??= { key: tally(), t2: tally(), pages: 0, wall: 0, cpu: 0 });
  const all = family.get(run.name) ?? { key: tally(), t2: tally() };
  family.set(run.name, all);
  for (const to of [group, all]) {
    addTally(to.key, key);
    addTally(to.t2, t2);
  }
  group.pages += pages;
  group.wall += wall;
  group.cpu += cpu;
  const note = rec.ok ? (read && !read.ok ? ` refused ${read.code}` : '') : ` refused ${rec.code}`;
  console.log(
    `${e.file} | ${key.exact}/${key.missing}/${key.wrong} (${pct(key)}%) | ${t2.exact}/${t2.missing}/${t2.wrong} | ${(wall / pages).toFixed(1)} | ${(cpu / pages).toFixed(1)}${note}`,
  );
  wrongs.forEach((w, i) => {
    console.log(`  WRONG ${w}`);
    if (rec.ok && read?.ok) console.log(`    from ${wrongDetail(wrongKeys[i]!, read.result, rec.recognised.doc)}`);
  });
  if (args.why && rec.ok && read?.ok) {
    const loose = readRecognised(rec.recognised.doc, e.file, rec.recognised, { ...THRESHOLDS, table2: THRESHOLDS.digit });
    for (const m of whyMissing(e.expected, read.result, loose.ok ? loose.result.figures : undefined)) {
      const whys = (why[`${name}: missing ${m.table === 't2' ? 'table 2' : 'key'} figures`] ??= new Map());
      console.log(`  missing ${m.key}: ${m.lost}; ${m.sums}`);
      const k = `${m.lost}; ${m.sums}`;
      whys.set(k, (whys.get(k) ?? 0) + 1);
    }
  }
}

for (const run of runs) {
  if (args.perturb) console.log(`\n${run.name}: ${run.what}`);
  console.log('scan | key exact/missing/WRONG | table 2 exact/missing/WRONG | s/page wall | s/page cpu');
  for (const e of entries) {
    // An image file has no PDF decoder to change; --from reads the recognitions kept so far (a run still going keeps them one by one).
    if (run.decoder === 'native' && e.kind !== 'pdf') continue;
    if (args.from && !existsSync(keptPath(keptDir(args.from, run), e.file))) continue;
    await score(e, run);
  }
}
console.log('\ngroup | key figures exact % (exact/missing/WRONG) | table 2 exact % (e/m/W) | s/page wall | s/page cpu');
let anyWrong = false;
for (const [name, g] of Object.entries(totals)) {
  anyWrong ||= g.key.wrong + g.t2.wrong > 0;
  console.log(
    `${name} | ${pct(g.key)}% (${g.key.exact}/${g.key.missing}/${g.key.wrong}) | ${pct(g.t2)}% (${g.t2.exact}/${g.t2.missing}/${g.t2.wrong}) | ${(g.wall / g.pages).toFixed(1)} | ${(g.cpu / g.pages).toFixed(1)}`,
  );
}
if (!args.from)
  console.log(
    `s/page cpu: every thread of this process and its children (the process's start apart, above); ` +
      `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores at the end (CPU seconds grow with the load)`,
  );
for (const [name, whys] of Object.entries(why)) {
  console.log(`\n${name} by why`);
  for (const [k, n] of [...whys].sort((a, b) => b[1] - a[1])) console.log(`${n} | ${k}`);
}
if (args.perturb) {
  console.log('\nperturbation | key figures exact/missing/WRONG | table 2 exact/missing/WRONG');
  for (const [name, f] of family)
    console.log(`${name} | ${f.key.exact}/${f.key.missing}/${f.key.wrong} | ${f.t2.exact}/${f.t2.missing}/${f.t2.wrong}`);
}
for (const [name, sweep] of sweeps) {
  console.log(`\n${args.perturb ? `${name}: ` : ''}digit threshold (now ${THRESHOLDS.digit}) | all figures exact % (exact/missing/WRONG)`);
  for (const [t, s] of sweep) console.log(`${t.digit} | ${pct(s)}% (${s.exact}/${s.missing}/${s.wrong})`);
}
process.exitCode = anyWrong ? 1 : 0;

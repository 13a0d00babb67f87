// npm run bench:ocr-engines [-- --only <name part>] [--dpi 150|300] [--kind pdf|image] [--all] [--engines 1,3]
// PP-OCRv4 (the product's engine) against Tesseract (Debian's tesseract-ocr + chi_sim) on the same
// scans through the same pipeline: our preparation, deskew and ruling-line removal, then the engine,
// then the same layout → parser → guard, scored exact / missing / WRONG against the text versions
// (lib/ocr/testing/score.ts), with CPU seconds per page (this process and its tesseract children;
// the cleaning is counted in every engine, the detection in each engine that uses it). A subset of
// the generated scan set (.data/scans, made by `npm run eval:ocr` or here on first run); `--all`
// takes the whole set. A benchmark, not a test: it prints figures. Exit 2 without tesseract.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_OCR_LIMITS, readRecognised, scanKind, THRESHOLDS, type OcrDocument, type OcrItem, type Thresholds } from '../lib/ocr';
import { imagePages, pdfPages } from '../lib/ocr/pages';
import { cleanPage, detectBoxes, pageItems, readPage, type CleanPage, type PreparedPage } from '../lib/ocr/recognize';
import { tesseractBoxes, tesseractPage, tesseractVersion, type TesseractOptions } from '../lib/ocr/tesseract';
import { scanSet } from '../lib/ocr/testing/scan-set';
import { addTally, pct, scoreFigures, sweepThresholds, tally, type Tally } from '../lib/ocr/testing/score';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    dpi: { type: 'string' },
    kind: { type: 'string' },
    all: { type: 'boolean' },
    engines: { type: 'string' },
  },
});

const version = tesseractVersion();
if (!version) {
  console.error(
    'tesseract is not installed: apt-get install tesseract-ocr tesseract-ocr-chi-sim (this benchmark compares it with PP-OCRv4)',
  );
  process.exit(2);
}

/** Both dpi, PDF and image, typeset seeds and rendered corpus PDFs; every scan has a red seal over a table. */
const SUBSET = [
  '000-fuyang-2020-150dpi.pdf',
  '000-fuyang-2020-300dpi.jpg',
  '001-yiyang-2020-150dpi.jpg',
  '001-yiyang-2020-300dpi.pdf',
  '003-wulanchabu-office-2020-150dpi.pdf',
  '003-wulanchabu-office-2020-300dpi.jpg',
  'hongze_district_2024-150dpi.jpg',
  'huaian_city_2024-300dpi.pdf',
];

interface Engine {
  name: string;
  /** Reads the page with PP-OCRv4's detected boxes. */
  boxes: boolean;
  read(page: PreparedPage, pageNo: number): Promise<OcrItem[]>;
}

const chiSim = (psm: number, lang = 'chi_sim'): TesseractOptions => ({ lang, psm });
const page = (options: TesseractOptions) => async (p: CleanPage, n: number) => pageItems(p, await tesseractPage(p.clean, options), n);
const ENGINES: Engine[] = [
  { name: 'PP-OCRv4 det + rec (product)', boxes: true, read: readPage },
  { name: 'tesseract chi_sim, page, psm 6', boxes: false, read: page(chiSim(6)) },
  { name: 'tesseract chi_sim, page, psm 11', boxes: false, read: page(chiSim(11)) },
  { name: 'tesseract chi_sim+eng, page, psm 6', boxes: false, read: page(chiSim(6, 'chi_sim+eng')) },
  {
    name: 'PP-OCRv4 det + tesseract chi_sim psm 7 per box',
    boxes: true,
    read: async (p, n) => pageItems(p, await tesseractBoxes(p.clean, p.boxes, chiSim(7)), n),
  },
  {
    name: 'PP-OCRv4 det + tesseract psm 7 per box, digits whitelist for number boxes',
    boxes: true,
    read: async (p, n) =>
      pageItems(p, await tesseractBoxes(p.clean, p.boxes, chiSim(7), { lang: 'chi_sim', psm: 7, whitelist: '0123456789' }), n),
  },
];
/**
 * Tesseract's confidences are scaled unlike PP-OCRv4's probabilities: each engine is read again at
 * pairs of thresholds (digits, table 2), from 0 (every digit printed, the sums the only guard) up.
 */
const THRESHOLD_SWEEP: readonly Thresholds[] = [
  [0, 0],
  [0.3, 0.5],
  [0.5, 0.7],
  [0.6, 0.8],
  [0.7, 0.9],
  [0.8, 0.97],
  [0.9, 0.98],
].map(([digit, table2]) => ({ digit: digit!, table2: table2! }));
const engines = args.engines ? args.engines.split(',').map((i) => ENGINES[Number(i) - 1]!) : ENGINES;

/** CPU seconds of this process and of its children it has waited for (tesseract runs), from /proc. */
function cpuSeconds(): number {
  const own = process.cpuUsage();
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // cutime and cstime, fields 16 and 17 of stat(5), in clock ticks (100 a second on Linux).
  const children = (Number(fields[13]) + Number(fields[14])) / 100;
  return (own.user + own.system) / 1e6 + children;
}

async function timed<T>(f: () => Promise<T>): Promise<{ value: T; cpu: number }> {
  const before = cpuSeconds();
  const value = await f();
  return { value, cpu: cpuSeconds() - before };
}

const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, '.data/scans');
const entries = (await scanSet(root, dir)).filter(
  (e) =>
    (args.all || SUBSET.includes(e.file)) &&
    (!args.only || e.file.includes(args.only)) &&
    (!args.dpi || String(e.dpi) === args.dpi) &&
    (!args.kind || e.kind === args.kind),
);

interface Totals {
  key: Tally;
  t2: Tally;
  pages: number;
  cpu: number;
  sweep: Map<Thresholds, Tally>;
}
const totals = new Map<string, Totals>();
const totalsOf = (name: string) => {
  let t = totals.get(name);
  if (!t) totals.set(name, (t = { key: tally(), t2: tally(), pages: 0, cpu: 0, sweep: new Map() }));
  return t;
};

console.log(`${version}; PP-OCRv4 through onnxruntime-node; one thread each; digit threshold ${THRESHOLDS.digit}\n`);
console.log('scan | engine | key exact/missing/WRONG | table 2 e/m/W | CPU s/page');
for (const e of entries) {
  const bytes = new Uint8Array(readFileSync(path.join(dir, e.file)));
  const kind = scanKind(bytes)!;
  const source =
    kind.fileType === 'pdf' ? await pdfPages(bytes, DEFAULT_OCR_LIMITS.maxPixels) : await imagePages(bytes, DEFAULT_OCR_LIMITS.maxPixels);
  const docs = engines.map((en): OcrDocument => ({ engine: en.name, pages: [], items: [] }));
  const cpu = engines.map(() => 0);
  for (let n = 1; n <= source.count; n++) {
    const cleaned = await timed(async () => cleanPage(await source.render(n)));
    const detected = engines.some((en) => en.boxes) ? await timed(() => detectBoxes(cleaned.value)) : null;
    for (const [i, en] of engines.entries()) {
      const prepared = detected?.value ?? { ...cleaned.value, boxes: [] };
      const read = await timed(() => en.read(prepared, n));
      cpu[i]! += cleaned.cpu + (en.boxes ? detected!.cpu : 0) + read.cpu;
      const { clean, skew } = cleaned.value;
      docs[i]!.pages.push({ width: clean.width, height: clean.height, skew, seconds: 0 });
      docs[i]!.items.push(...read.value);
    }
  }
  await source.close();
  for (const [i, en] of engines.entries()) {
    const read = readRecognised(docs[i]!, e.file, kind);
    const s = scoreFigures(e.expected, read.ok ? read.result.figures : undefined);
    for (const group of [en.name, `${en.name} @ ${e.dpi} dpi`]) {
      const t = totalsOf(group);
      addTally(t.key, s.key);
      addTally(t.t2, s.t2);
      t.pages += source.count;
      t.cpu += cpu[i]!;
      if (group === en.name) sweepThresholds(t.sweep, docs[i]!, e.file, kind, e.expected, THRESHOLD_SWEEP);
    }
    const note = read.ok ? '' : ` refused ${read.code}`;
    console.log(
      `${e.file} | ${en.name} | ${s.key.exact}/${s.key.missing}/${s.key.wrong} (${pct(s.key)}%) | ${s.t2.exact}/${s.t2.missing}/${s.t2.wrong} | ${(cpu[i]! / source.count).toFixed(1)}${note}`,
    );
    for (const w of s.wrongs) console.log(`  WRONG ${w}`);
  }
}

/** Totals of each engine in the engines' order: all scans, then each dpi. */
const ordered = engines.flatMap((en) =>
  [...totals].filter(([name]) => name === en.name || name.startsWith(`${en.name} @`)).sort(([a], [b]) => a.localeCompare(b)),
);
console.log(`\nengine | key figures exact % (exact/missing/WRONG) | table 2 exact % (e/m/W) | CPU s/page`);
for (const [name, t] of ordered)
  console.log(
    `${name} | ${pct(t.key)}% (${t.key.exact}/${t.key.missing}/${t.key.wrong}) | ${pct(t.t2)}% (${t.t2.exact}/${t.t2.missing}/${t.t2.wrong}) | ${(t.cpu / t.pages).toFixed(1)}`,
  );
const label = (t: Thresholds) => `${t.digit}/${t.table2}`;
console.log(`\nall figures exact/missing/WRONG at thresholds digits/table 2 | best with 0 wrong`);
for (const [name, t] of ordered) {
  if (!t.sweep.size) continue;
  const best = [...t.sweep].filter(([, s]) => s.wrong === 0).sort(([, a], [, b]) => b.exact - a.exact)[0];
  const at = [...t.sweep].map(([th, s]) => `${label(th)}: ${s.exact}/${s.missing}/${s.wrong}`).join(' | ');
  console.log(`${name} | ${at} | ${best ? `${label(best[0])}: ${pct(best[1])}% exact` : 'none'}`);
}

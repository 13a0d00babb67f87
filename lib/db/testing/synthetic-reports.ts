// Many distinct, valid reports made from the bundled ones, for benchmarks (ingest, storage,
// reparse), laid out as the national corpus is (lib/db/testing/corpus-plan.ts): report i is the
// report of one body (a government or one of its departments) for one year of 2008–2025, at most
// one per body-year. Each variant takes a bundled report of that year's format and changes its
// table numbers along paths that keep every sum relation (lib/figures/checks.ts) true — "one more
// application from a natural person, disclosed in full" adds 1 to that cell, its row total, its
// column's (七)总计 and 新收, and their 总计 cells — or, in a legacy report without tables, the
// numbers no relation ties; then it prints the body and year in the title and moves the place and
// years of the text. Nothing is invented beyond what the base report's layout already says.
import { relationsFor } from '../../figures/checks';
import { APPLICANT_PARTS, FIGURES, OTHER_SUBROWS, TABLE3_GROUPS, TABLE4_GROUPS, TABLE4_PARTS, type ReportFormat } from '../../figures/keys';
import type { ParseResult, Span } from '../../parser/types';
import { corpusPlan, formatOfYear, type CorpusPlan, type Slot } from './corpus-plan';

export interface BaseReport {
  name: string;
  text: string;
  result: ParseResult;
}

/** A deterministic PRNG (mulberry32), so that a run of N is the same N reports every time. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sets of keys that move together by the same amount without breaking any sum relation. */
function paths(format: ReportFormat): string[][] {
  const out: string[][] = [];
  const leafOutcomes = [
    'results.granted',
    'results.partial',
    ...TABLE3_GROUPS.flatMap((g) => g.parts),
    ...(format === '2021' ? OTHER_SUBROWS : ['results.other']),
  ];
  for (const c of APPLICANT_PARTS) {
    const intake = [`applications.new.${c}`, 'applications.new.total'];
    for (const o of leafOutcomes) {
      const other = (OTHER_SUBROWS as readonly string[]).includes(o) ? [`results.other.${c}`, 'results.other.total'] : [];
      out.push([`${o}.${c}`, `${o}.total`, `results.total.${c}`, 'results.total.total', ...intake, ...other]);
    }
    out.push([`carriedForward.${c}`, 'carriedForward.total', ...intake]);
  }
  for (const g of TABLE4_GROUPS) for (const p of TABLE4_PARTS) out.push([`${g.id}.${p}`, `${g.id}.total`]);
  return out;
}

/**
 * Where each figure's number is printed, for those that can be rewritten in place: a table cell
 * holding exactly the number, or a sentence (主动公开政府信息数93857条) printing it once as its only
 * run of digits. Inferred figures are printed nowhere.
 */
function rewritable(base: BaseReport): Map<string, Span> {
  const at = new Map<string, Span>();
  for (const [key, value] of Object.entries(base.result.figures)) {
    const p = base.result.provenance[key];
    if (value === null || !p?.span || p.via === 'inferred') continue;
    const printed = base.text.slice(p.span[0], p.span[1]);
    const digits = [...printed.matchAll(/\d+/g)];
    if (p.via === 'table' ? printed === String(value) : digits.length === 1 && digits[0]![0] === String(value))
      at.set(key, p.via === 'table' ? p.span : [p.span[0] + digits[0]!.index, p.span[0] + digits[0]!.index + digits[0]![0].length]);
  }
  return at;
}

function relationsHold(format: ReportFormat, figures: Record<string, number | null>): boolean {
  for (const r of relationsFor(format)) {
    const values = [...r.left, ...r.right].map((k) => figures[k]);
    if (values.some((v) => v === undefined || v === null)) continue;
    const sum = (ks: readonly string[]) => ks.reduce((s, k) => s + (figures[k] as number), 0);
    if (sum(r.left) !== sum(r.right)) return false;
  }
  return true;
}

export interface Variant {
  fileName: string;
  bytes: Buffer;
  /** What the variant says, for benchmarks of the writer alone (spans are the base report's). */
  result: ParseResult;
  slot: Slot;
  /** The bundled report it was made from. */
  base: string;
}

export interface Generator {
  /** Bases usable for variants by format, and why others were left out. */
  bases: string[];
  skipped: string[];
  plan: CorpusPlan;
  variant(i: number): Variant;
}

interface Base {
  base: BaseReport;
  /** Where the movable figures' numbers are printed. */
  cells: Map<string, Span>;
  /** Sets of keys moved together by one amount (one key each for numbers no relation ties). */
  paths: string[][];
}

/** Figures defined as sums of others; sums of sums after the sums they add up. */
const SUMS = FIGURES.filter((f) => f.sumOf);
const DERIVED = [
  ...SUMS.filter((f) => !f.sumOf!.some((k) => SUMS.some((s) => s.key === k))),
  ...SUMS.filter((f) => f.sumOf!.some((k) => SUMS.some((s) => s.key === k))),
];

/** Keys of the format's sum relations. */
function relatedKeys(format: ReportFormat): Set<string> {
  return new Set(relationsFor(format).flatMap((r) => [...r.left, ...r.right]));
}

/** Why a bundled report cannot be a base, or null. */
function unusable(base: BaseReport): string | null {
  const { meta, issues } = base.result;
  if (issues.some((i) => i.severity === 'error')) return 'has failed checks';
  if (!meta.place || !meta.year || !meta.body) return 'no place, body or year';
  if (!relationsHold(meta.format, base.result.figures)) return 'its sums do not hold';
  return null;
}

/**
 * A generator over the bases that parse with no failed check, a body and a known place,
 * for a corpus of `total` reports (the plan's size); every format of 2008–2025 needs one.
 */
export function syntheticReports(candidates: BaseReport[], options: { seed?: number; total?: number } = {}): Generator {
  const seed = options.seed ?? 1;
  const plan = corpusPlan(options.total);
  const byFormat = new Map<ReportFormat, Base[]>();
  const skipped: string[] = [];
  for (const base of candidates) {
    const format = base.result.meta.format;
    const cells = rewritable(base);
    const related = relatedKeys(format);
    const movable =
      format === 'legacy'
        ? [...cells.keys()].filter((k) => !related.has(k)).map((k) => [k])
        : paths(format).filter((p) => p.every((k) => cells.has(k)));
    const why = unusable(base) ?? (movable.length < (format === 'legacy' ? 1 : 10) ? 'too few printed numbers to vary' : null);
    if (why) {
      skipped.push(`${base.name}: ${why}`);
      continue;
    }
    byFormat.set(format, [...(byFormat.get(format) ?? []), { base, cells, paths: movable }]);
  }
  for (const format of ['legacy', '2019', '2021'] as const)
    if (!byFormat.get(format)?.length) throw new Error(`No bundled report of the ${format} format can be varied: ${skipped.join('; ')}`);

  return {
    bases: [...byFormat.values()].flat().map((b) => `${b.base.name} (${b.base.result.meta.format})`),
    skipped,
    plan,
    variant(i: number): Variant {
      const slot = plan.slot(i);
      const { body, year } = slot;
      const rand = random(seed * 1_000_003 + i);
      const choices = byFormat.get(formatOfYear(year))!;
      const { base, cells, paths: movable } = choices[Math.floor(rand() * choices.length)]!;
      const { meta } = base.result;
      const figures = { ...base.result.figures };
      // A few moves of a few units: variants stay plausible.
      const moves = 3 + Math.floor(rand() * 6);
      for (let m = 0; m < moves; m++) {
        const path = movable[Math.floor(rand() * movable.length)]!;
        const amount = 1 + Math.floor(rand() * 40);
        for (const key of path) figures[key] = (figures[key] as number) + amount;
      }
      // Figures no table prints (不予公开 of a column, 行政诉讼 合计) are the sums of their parts.
      for (const def of DERIVED) {
        if (base.result.provenance[def.key]?.via !== 'inferred') continue;
        const parts = def.sumOf!.map((k) => figures[k]);
        if (parts.every((v) => typeof v === 'number')) figures[def.key] = (parts as number[]).reduce((a, b) => a + b, 0);
      }
      if (!relationsHold(meta.format, figures)) throw new Error(`variant ${i} breaks a sum relation`);
      const TITLE = '\uE000';
      const edits: { span: Span; text: string }[] = Object.keys(figures)
        .filter((k) => figures[k] !== base.result.figures[k] && cells.has(k))
        .map((k) => ({ span: cells.get(k)!, text: String(figures[k]) }));
      // The title in place of the base's, or as the first line when the base prints none.
      edits.push(meta.spans.title ? { span: meta.spans.title, text: TITLE } : { span: [0, 0], text: `${TITLE}\n` });
      // A department's report does not say it combines the whole jurisdiction's (综合全县…编制).
      const scopeText = meta.spans.scope && base.text.slice(meta.spans.scope[0], meta.spans.scope[1]);
      if (body.scope === 'agency' && scopeText && /^(?:综合|汇总)/.test(scopeText)) edits.push({ span: meta.spans.scope!, text: '编制' });
      let text = base.text;
      for (const e of edits.sort((a, b) => b.span[0] - a.span[0])) text = text.slice(0, e.span[0]) + e.text + text.slice(e.span[1]);

      // Place and year after the numbers: these edits move text, the numbers' spans are used up.
      const province = body.division.province;
      text = text.split(meta.place!).join(body.place);
      if (meta.province && meta.province !== province) text = text.split(meta.province).join(province);
      text = text.replace(/(\d{4})(\s*年)/g, (all, y: string, rest: string) => {
        const shift = Number(y) - meta.year!;
        return shift === 0 || shift === 1 ? `${year + shift}${rest}` : all;
      });
      text = text.replace(TITLE, `${body.name}${year}年政府信息公开工作年度报告`);
      const level = body.scope === 'agency' ? (/办公[室厅]$/.test(body.name) ? 'office' : 'department') : body.division.level;
      return {
        fileName: `synthetic/${String(i).padStart(7, '0')}-${body.division.code}-${year}.txt`,
        bytes: Buffer.from(text, 'utf8'),
        result: {
          ...base.result,
          meta: { ...meta, body: body.name, place: body.place, province, divisionCode: body.division.code, year, scope: body.scope, level },
          figures,
        },
        slot,
        base: base.name,
      };
    },
  };
}

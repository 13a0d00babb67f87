// Test fixture: the reports bundled with the project (data/reports: the five seeds, 平潭 2022 and the
// text of the three 洪泽/淮安 PDFs) read by the parser, as the database stores them, and query
// sources (CompareSource, HomeSource) answering from them as lib/db's queries would. No database:
// lib/compare's tests run on real reports in milliseconds (and under Stryker).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { JurisdictionSummary, ReportFigures, ResolvedJurisdiction, YearCount } from '@/lib/domain';
import { parseReport } from '@/lib/parser';
import type { HomeSource } from '../home';
import type { CompareSource } from '../load-compare-data';

const DATA = path.join(process.cwd(), 'data');
const FILES = [
  'reports/seeds/000-fuyang-2020.txt',
  'reports/seeds/001-yiyang-2020.txt',
  'reports/seeds/002-ningbo-2020.txt',
  'reports/seeds/003-wulanchabu-office-2020.txt',
  'reports/seeds/004-shangqiu-2017.txt',
  'reports/corpus/pingtan_2022.txt',
  'reports/reference-text/hongze_district_2023.txt',
  'reports/reference-text/hongze_district_2024.txt',
  'reports/reference-text/huaian_city_2024.txt',
];

/** The jurisdictions as the database names them (slug: pinyin + division code), by division code. */
const JURISDICTIONS: Record<string, JurisdictionSummary> = {
  '341200': { slug: 'fuyang-341200', name: '阜阳市', level: 'prefecture', province: '安徽省' },
  '361126': { slug: 'yiyang-361126', name: '弋阳县', level: 'county', province: '江西省' },
  '330200': { slug: 'ningbo-330200', name: '宁波市', level: 'prefecture', province: '浙江省' },
  '150900': { slug: 'wulanchabu-150900', name: '乌兰察布市', level: 'prefecture', province: '内蒙古自治区' },
  '411400': { slug: 'shangqiu-411400', name: '商丘市', level: 'prefecture', province: '河南省' },
  '350128': { slug: 'pingtan-350128', name: '平潭综合实验区', level: 'zone', province: '福建省' },
  '320813': { slug: 'hongze-320813', name: '洪泽区', level: 'district', province: '江苏省' },
  '320800': { slug: 'huaian-320800', name: '淮安市', level: 'prefecture', province: '江苏省' },
};

export interface BundledJurisdiction extends ResolvedJurisdiction {
  code: string;
}

export const BUNDLED_JURISDICTIONS: BundledJurisdiction[] = Object.entries(JURISDICTIONS).map(([code, j], i) => ({
  ...j,
  id: i + 1,
  code,
}));

/** data/population.csv by division code: year → residents. */
function populations(): Map<string, { year: number; population: number }[]> {
  const out = new Map<string, { year: number; population: number }[]>();
  for (const line of readFileSync(path.join(DATA, 'population.csv'), 'utf8').trim().split('\n').slice(1)) {
    const [, code, year, population] = line.split(',');
    out.set(code!, [...(out.get(code!) ?? []), { year: Number(year), population: Number(population) }]);
  }
  return out;
}

let cache: ReportFigures[] | null = null;

/** Every bundled report with all its figures, ids 1… in file order. */
export function bundledReports(): ReportFigures[] {
  if (cache) return cache;
  const people = populations();
  cache = FILES.map((file, i) => {
    const outcome = parseReport(readFileSync(path.join(DATA, file), 'utf8'), { fileName: path.basename(file) });
    if (!outcome.ok) throw new Error(`${file}: ${outcome.refusal.message.en}`);
    const { meta, figures, provenance, issues } = outcome.result;
    const j = BUNDLED_JURISDICTIONS.find((x) => x.code === meta.divisionCode)!;
    const errors = issues.filter((x) => x.severity === 'error');
    const nearest = (people.get(j.code) ?? []).sort((a, b) => Math.abs(a.year - meta.year!) - Math.abs(b.year - meta.year!))[0];
    return {
      reportId: i + 1,
      jurisdiction: { slug: j.slug, name: j.name, level: j.level, province: j.province },
      year: meta.year!,
      body: meta.body!,
      scope: meta.scope!,
      format: meta.format!,
      failedChecks: errors.map((x) => ({ message: x.message, keys: [...x.keys] })),
      errorCount: errors.length,
      population: nearest?.population ?? null,
      figures: Object.fromEntries(
        Object.entries(figures).map(([key, value]) => [
          key,
          { value, provenance: provenance[key]!.via, raw: provenance[key]!.raw ?? null, basis: provenance[key]!.basis ?? null },
        ]),
      ),
    };
  });
  return cache;
}

const jurisdictionOf = (r: ReportFigures) => BUNDLED_JURISDICTIONS.find((j) => j.slug === r.jurisdiction.slug)!;

/** The report with only the figures of `keys`, as the compare query returns it. */
function withKeys(r: ReportFigures, keys: readonly string[]): ReportFigures {
  return { ...r, figures: Object.fromEntries(keys.flatMap((k) => (r.figures[k] ? [[k, r.figures[k]!]] : []))) };
}

function yearCounts(reports: readonly ReportFigures[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const r of reports) counts.set(r.year, (counts.get(r.year) ?? 0) + 1);
  return [...counts].map(([year, n]) => ({ year, reports: n })).sort((a, b) => b.year - a.year);
}

/** The compare queries over `reports` (each already the chosen copy of its year). */
export function compareSource(reports: readonly ReportFigures[] = bundledReports()): CompareSource {
  return {
    async resolveJurisdictions({ slugs, province, level }) {
      const withReports = BUNDLED_JURISDICTIONS.filter((j) => reports.some((r) => jurisdictionOf(r).id === j.id));
      return {
        picked: slugs.flatMap((s) => BUNDLED_JURISDICTIONS.filter((j) => j.slug === s)),
        unknownSlugs: slugs.filter((s) => !BUNDLED_JURISDICTIONS.some((j) => j.slug === s)),
        provinceMembers: province
          ? withReports.filter((j) => j.province === province && (!level || j.level === level)).sort((a, b) => a.name.localeCompare(b.name))
          : null,
      };
    },
    async countReportsByYear(ids) {
      return yearCounts(ids ? reports.filter((r) => ids.includes(jurisdictionOf(r).id)) : reports);
    },
    async listJurisdictionsInYear(year, limit) {
      const ids = new Set(reports.filter((r) => r.year === year).map((r) => jurisdictionOf(r).id));
      return BUNDLED_JURISDICTIONS.filter((j) => ids.has(j.id)).slice(0, limit);
    },
    async findComparedReports({ jurisdictionIds, from, to, keys }) {
      return reports
        .filter((r) => jurisdictionIds.includes(jurisdictionOf(r).id) && r.year >= from && r.year <= to)
        .map((r) => withKeys(r, keys));
    },
  };
}

/** The home page's queries over `reports`. */
export function homeSource(reports: readonly ReportFigures[] = bundledReports()): HomeSource {
  return {
    async countReportsByYear() {
      return yearCounts(reports);
    },
    async listProvincePreviews(perProvince) {
      const provinces = [...new Set(reports.map((r) => r.jurisdiction.province))];
      return provinces.map((province) => {
        const mine = reports.filter((r) => r.jurisdiction.province === province);
        const places = BUNDLED_JURISDICTIONS.filter((j) => mine.some((r) => jurisdictionOf(r).id === j.id));
        return {
          province,
          jurisdictionCount: places.length,
          reportCount: mine.length,
          jurisdictions: places.slice(0, perProvince).map(({ id: _id, code: _code, ...j }) => ({ ...j, years: [] })),
        };
      });
    },
    async rankReportsByFigure({ year, key, limit }) {
      const ofYear = reports.filter((r) => r.year === year);
      const ranked = [...ofYear].sort((a, b) => (b.figures[key]?.value ?? -Infinity) - (a.figures[key]?.value ?? -Infinity));
      return { reportIds: ranked.slice(0, limit).map((r) => r.reportId), total: ofYear.length };
    },
    async findComparedReports({ reportIds, keys }) {
      return reports.filter((r) => reportIds.includes(r.reportId)).map((r) => withKeys(r, keys));
    },
  };
}

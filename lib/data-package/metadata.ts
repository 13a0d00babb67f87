// The metadata of a data download (OWID-style): what the view is, the state of the data it was cut
// from (version and date), how to cite it and under which licence, what every figure and rate of
// the CSV means (from the catalogue), how missing figures and marks are written, and where every
// report came from: its page here and its original addresses (原文). Pure: the routes pass rows.

import type { DataStamp, ReportSourceRef } from '@/lib/domain';
import { figureDefinition, rateDefinition, type FigureDefinition, type RateDefinition } from '@/lib/figures/definitions';
import { rateDef } from '@/lib/figures/rates';
import type { Lang } from '@/lib/i18n/lang';
import { NO_NUMBERS, NOTATION } from '@/lib/i18n/notation';
import { citations, type Citation } from './cite';
import { DATA_LICENCE } from './licence';

/** A report a download reads: where it is shown on this site. */
export interface PackageReport {
  reportId: number;
  jurisdiction: string;
  body: string;
  year: number;
}

export interface PackageInput {
  lang: Lang;
  site: string;
  title: string;
  description: string;
  /** The view's public link, carrying the data version. */
  url: string;
  /** The public origin of report links ('' when none can be trusted: links are paths). */
  origin: string;
  stamp: DataStamp;
  /** When the download was made (ISO 8601). */
  generatedAt: string;
  csvName: string;
  /** Catalogue keys and rate ids the CSV holds, in its order. */
  columns: readonly string[];
  reports: readonly PackageReport[];
  sources: readonly ReportSourceRef[];
}

export interface PackageMetadata {
  title: string;
  description: string;
  url: string;
  language: Lang;
  dataVersion: number;
  dataChangedAt: string;
  generatedAt: string;
  /** The licence, with what it covers and asks in the package's language. */
  licence: { name: string; url: string; terms: string };
  citation: Citation;
  files: { name: string; what: string }[];
  figures: FigureDefinition[];
  rates: RateDefinition[];
  /** How a figure without a number is written, and what the provenance values of the CSV mean. */
  notation: { mark: string; meaning: string }[];
  provenance: Record<'table' | 'narrative' | 'inferred' | 'missing', string>;
  sources: {
    reportId: number;
    jurisdiction: string;
    body: string;
    year: number;
    reportUrl: string;
    /** The original documents (原文): where each source file was found; null addresses: uploaded. */
    originals: { fileName: string; pageUrl: string | null; documentUrl: string | null; figuresReadFromIt: boolean }[];
  }[];
}

const PROVENANCE = {
  zh: {
    table: '从报告的表格单元格读取',
    narrative: '从报告正文的句子读取(表格未印)',
    inferred: '表格此格空白,由表内勾稽关系唯一推算',
    missing: '无数字:按上面的记法印为 …、□、/ 或 —;所选辖区当年没有报告的那一行印 missing',
  },
  en: {
    table: 'read from a cell of the report’s tables',
    narrative: 'read from a sentence of the report (the table does not print it)',
    inferred: 'blank in the table; the only value the table’s sums allow',
    missing: 'no number: printed as …, □, / or — (the notation above); missing on the line of a picked place without a report that year',
  },
} as const;

const FILES = {
  zh: (csv: string) => [
    { name: csv, what: '数据:每份报告一行(UTF-8,带 BOM)' },
    { name: 'metadata.json', what: '本说明的机器可读版本:定义、来源、版本、许可' },
    { name: 'README.md', what: '说明' },
  ],
  en: (csv: string) => [
    { name: csv, what: 'the data: one line per report (UTF-8 with a BOM)' },
    { name: 'metadata.json', what: 'this description, machine-readable: definitions, sources, version, licence' },
    { name: 'README.md', what: 'the description' },
  ],
};

export function packageMetadata(input: PackageInput): PackageMetadata {
  const { lang } = input;
  const keys = new Set<string>();
  const rates: RateDefinition[] = [];
  for (const column of input.columns) {
    const rate = rateDef(column);
    if (rate) {
      rates.push(rateDefinition(rate));
      [...rate.numerator, ...rate.denominator].forEach((k) => keys.add(k));
    } else keys.add(column);
  }
  const byReport = new Map<number, ReportSourceRef[]>();
  for (const s of input.sources) byReport.set(s.reportId, [...(byReport.get(s.reportId) ?? []), s]);
  const seen = new Set<number>();
  return {
    title: input.title,
    description: input.description,
    url: input.url,
    language: lang,
    dataVersion: input.stamp.version,
    dataChangedAt: input.stamp.changedAt,
    generatedAt: input.generatedAt,
    licence: { name: DATA_LICENCE.name, url: DATA_LICENCE.url, terms: DATA_LICENCE.terms[lang] },
    citation: citations({
      site: input.site,
      title: input.title,
      url: input.url,
      accessed: input.generatedAt.slice(0, 10),
      stamp: input.stamp,
      lang,
    }),
    files: FILES[lang](input.csvName),
    figures: [...keys].flatMap((k) => figureDefinition(k) ?? []),
    rates,
    notation: NO_NUMBERS.map((k) => ({ mark: NOTATION[k].mark, meaning: NOTATION[k][lang] })),
    provenance: { ...PROVENANCE[lang] },
    sources: input.reports
      .filter((r) => !seen.has(r.reportId) && seen.add(r.reportId))
      .map((r) => ({
        ...r,
        reportUrl: `${input.origin}/reports/${r.reportId}`,
        originals: (byReport.get(r.reportId) ?? []).map((s) => ({
          fileName: s.fileName,
          pageUrl: s.pageUrl,
          documentUrl: s.documentUrl,
          figuresReadFromIt: s.shown,
        })),
      })),
  };
}

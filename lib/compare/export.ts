// Exactly the data a compare view shows, as CSV (lib/http/csv: UTF-8 with BOM, formulas defused)
// and JSON: one line per report with the value drawn, every input figure with its provenance, the
// source report and the flags. Pure.

import { figureLabel } from '@/lib/figures/keys';
import { toCsv } from '@/lib/http/csv';
import type { Lang } from '@/lib/i18n/lang';
import { compareHref } from '@/lib/view-state/serialize-compare-params';
import { viewSubtitle, viewTitle } from './describe-view';
import type { CompareData } from './types';

export interface ExportRecord {
  jurisdiction: string;
  slug: string;
  body: string;
  scope: string;
  year: number;
  measure: string;
  unit: string;
  /** null: missing (never 0). */
  value: number | null;
  parts?: Record<string, number | null>;
  inputs: Record<string, { value: number | null; provenance: string }>;
  flags: string[];
  reportId: number;
  reportUrl: string;
}

export function exportRecords(data: CompareData, origin: string): ExportRecord[] {
  return data.rows.map((r) => ({
    jurisdiction: r.name,
    slug: r.slug,
    body: r.body,
    scope: r.scope,
    year: r.year,
    measure: data.composition ? data.composition.id : data.measure.id,
    unit: data.composition ? 'count' : data.measure.unit,
    value: r.value,
    ...(data.composition ? { parts: Object.fromEntries(data.composition.parts.map((p, i) => [p.key, r.parts?.[i] ?? null])) } : {}),
    inputs: Object.fromEntries(data.keys.map((k) => [k, { value: r.inputs[k] ?? null, provenance: r.provenance[k] ?? 'missing' }])),
    flags: r.flags.map((f) => f.kind),
    reportId: r.reportId,
    reportUrl: `${origin}/reports/${r.reportId}`,
  }));
}

export function compareCsv(data: CompareData, origin: string, lang: Lang): string {
  const header = [
    'jurisdiction',
    'slug',
    'body',
    'scope',
    'year',
    'measure',
    'unit',
    'value',
    // Each input: its value (headed by key and label) and its provenance.
    ...data.keys.flatMap((k) => [`${k} ${figureLabel(k, lang)}`, `${k}:provenance`]),
    'flags',
    'report_id',
    'report_url',
  ];
  const rows = exportRecords(data, origin).map((rec) => [
    rec.jurisdiction,
    rec.slug,
    rec.body,
    rec.scope,
    rec.year,
    rec.measure,
    rec.unit,
    rec.value,
    ...data.keys.flatMap((k) => [rec.inputs[k]!.value, rec.inputs[k]!.provenance]),
    rec.flags.join(' '),
    rec.reportId,
    rec.reportUrl,
  ]);
  return toCsv(header, rows);
}

export interface CompareJson {
  title: string;
  description: string;
  url: string;
  /** What the page says about the URL (bad parameters) and the data (stale links, missing years). */
  notices: unknown[];
  rows: ExportRecord[];
}

export function compareJson(data: CompareData, notices: readonly unknown[], origin: string, lang: Lang): CompareJson {
  return {
    title: viewTitle(data, lang),
    description: viewSubtitle(data, lang),
    url: `${origin}${compareHref(data.view)}`,
    notices: [...notices, ...data.notices],
    rows: exportRecords(data, origin),
  };
}

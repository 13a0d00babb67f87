// Exactly the data a compare view shows, as CSV (UTF-8 with BOM so Excel reads Chinese) and JSON:
// one line per report with the value drawn, every input figure with its provenance, the source
// report and the flags. Pure.

import { figureLabel } from '@/lib/figures/keys';
import type { Lang } from '@/lib/i18n/lang';
import type { CompareData } from '@/lib/db/queries/compare/get-compare-data';
import { keysForView } from './measures';
import type { SeriesRow } from './types';

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
  const keys = keysForView(data.view);
  return data.rows.map((r: SeriesRow) => ({
    jurisdiction: r.name,
    slug: r.slug,
    body: r.body,
    scope: r.scope,
    year: r.year,
    measure: data.composition ? data.composition.id : data.measure.id,
    unit: data.composition ? 'count' : data.measure.unit,
    value: r.value,
    ...(data.composition && r.parts
      ? { parts: Object.fromEntries(data.composition.parts.map((p, i) => [p.key, r.parts![i] ?? null])) }
      : {}),
    inputs: Object.fromEntries(keys.map((k) => [k, { value: r.inputs[k] ?? null, provenance: r.provenance[k] ?? 'missing' }])),
    flags: r.flags.map((f) => f.kind),
    reportId: r.reportId,
    reportUrl: `${origin}/reports/${r.reportId}`,
  }));
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(data: CompareData, origin: string, lang: Lang): string {
  const keys = keysForView(data.view);
  const records = exportRecords(data, origin);
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
    ...keys.flatMap((k) => [`${k} ${figureLabel(k, lang)}`, `${k}:provenance`]),
    'flags',
    'report_id',
    'report_url',
  ];
  const rows = records.map((rec) => {
    return [
      rec.jurisdiction,
      rec.slug,
      rec.body,
      rec.scope,
      rec.year,
      rec.measure,
      rec.unit,
      rec.value,
      ...keys.flatMap((k) => [rec.inputs[k]!.value, rec.inputs[k]!.provenance]),
      rec.flags.join(' '),
      rec.reportId,
      rec.reportUrl,
    ];
  });
  return `\uFEFF${[header, ...rows].map((line) => line.map((v) => csvCell(v as string | number | null)).join(',')).join('\r\n')}\r\n`;
}

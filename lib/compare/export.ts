// Exactly the data a compare view shows, as CSV (lib/http/csv: UTF-8 with BOM, formulas defused)
// and JSON: one line per report with the value drawn, every input figure with its provenance, the
// source report and the flags; a line per picked place without a report, with its note (never
// dropped); the page's notices in words. Links start at the public origin the caller passes. Pure.

import { figureLabel } from '@/lib/figures/keys';
import { toCsv } from '@/lib/http/csv';
import type { Lang } from '@/lib/i18n/lang';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { NOTATION, type NoNumber } from '@/lib/i18n/notation';
import { compareHref } from '@/lib/view-state/serialize-compare-params';
import { viewSubtitle, viewTitle } from './describe-view';
import { dataNoticeText } from './notice-text';
import type { CompareData, DataNotice } from './types';

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
  /** null: a picked place without a report in the year (see `note`). */
  reportId: number | null;
  reportUrl: string | null;
  /** Why there is no value: "no report for 2024", "not read", a rate not computed. */
  note: string | null;
}

export function exportRecords(data: CompareData, origin: string, lang: Lang = data.view.lang): ExportRecord[] {
  const absent: ExportRecord[] = data.absent.map((a) => ({
    jurisdiction: a.name,
    slug: a.slug,
    body: '',
    scope: '',
    year: data.range?.to ?? 0,
    measure: data.composition ? data.composition.id : data.measure.id,
    unit: data.composition ? 'count' : data.measure.unit,
    value: null,
    inputs: Object.fromEntries(data.keys.map((k) => [k, { value: null, provenance: 'missing' }])),
    flags: [],
    reportId: null,
    reportUrl: null,
    note: a.note[lang],
  }));
  const drawn: ExportRecord[] = data.rows.map((r) => ({
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
    note: r.why?.long[lang] ?? null,
  }));
  return [...drawn, ...absent];
}

/** A provenance as the CSV prints it: a figure without a number in the one notation's mark (… □ / —). */
function provenanceText(provenance: string): string {
  return provenance in NOTATION ? NOTATION[provenance as NoNumber].mark : provenance;
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
    'note',
  ];
  const rows = exportRecords(data, origin, lang).map((rec) => [
    rec.jurisdiction,
    rec.slug,
    rec.body,
    rec.scope,
    rec.year,
    rec.measure,
    rec.unit,
    rec.value,
    ...data.keys.flatMap((k) => [rec.inputs[k]!.value, provenanceText(rec.inputs[k]!.provenance)]),
    rec.flags.join(' '),
    rec.reportId,
    rec.reportUrl,
    rec.note,
  ]);
  return toCsv(header, rows);
}

export interface CompareJson {
  title: string;
  description: string;
  url: string;
  /** What the page says about the URL (bad parameters) and the data (stale links, missing years), each with its words. */
  notices: (Record<string, unknown> & { message: string })[];
  rows: ExportRecord[];
}

/** A URL parameter the view could not use: which, what it held, why (lib/view-state's notices). */
export interface ParamNoticeLike {
  param: string;
  raw: string;
  reason: string;
}

export function compareJson(data: CompareData, notices: readonly ParamNoticeLike[], origin: string, lang: Lang): CompareJson {
  const m = compareMessages[lang].notices;
  const reasons = m.reasons as Record<string, (raw: string) => string>;
  return {
    title: viewTitle(data, lang),
    description: viewSubtitle(data, lang),
    url: `${origin}${compareHref(data.view)}`,
    notices: [
      ...notices.map((n) => ({ ...n, message: `${n.param}: ${reasons[n.reason]?.(n.raw) ?? n.reason}` })),
      ...data.notices.map((n: DataNotice) => ({ ...n, message: dataNoticeText(n, lang) })),
    ],
    rows: exportRecords(data, origin, lang),
  };
}

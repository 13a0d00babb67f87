// Figures to grid cells: status from provenance and value, sums of unprinted group rows,
// notes from the parser's issues.

import type { Label } from '@/lib/figures/keys';
import type { FigureView, IssueView, ProvenanceKind } from '@/lib/domain';
import type { GridCell } from './types';

/** Figures and issues of one report, indexed by key. */
export interface ReportFigures {
  figures: ReadonlyMap<string, FigureView>;
  notes: ReadonlyMap<string, Label[]>;
}

/** Issues that explain a single cell; sum mismatches are listed apart as failed checks. */
const CELL_NOTE_CODES = new Set([
  'CELL_BLANK',
  'CELL_MISSING',
  'CELL_NOT_NUMBER',
  'CELL_UNREADABLE',
  'INFERRED',
  'SPLIT_AMBIGUOUS',
  'SPLIT_INFERRED',
  'LABEL_DAMAGED',
  'NARRATIVE_CONTRADICTS_TABLE',
  'TABLE_COPIES_DIFFER',
  'NARRATIVE_ONLY',
  'PARTIAL_SCOPE',
]);

export function indexReport(figures: readonly FigureView[], issues: readonly IssueView[] = []): ReportFigures {
  const notes = new Map<string, Label[]>();
  for (const issue of issues) {
    if (!CELL_NOTE_CODES.has(issue.code)) continue;
    for (const key of issue.keys) {
      const list = notes.get(key) ?? [];
      if (!list.some((l) => l.zh === issue.message.zh)) list.push(issue.message);
      notes.set(key, list);
    }
  }
  return { figures: new Map(figures.map((f) => [f.key, f])), notes };
}

/** The parser's basis for a group total it added up (不予公开 = its eight reasons): a sum, not a blank cell. */
export const GROUP_SUM_BASIS = 'group-sum';

function statusOf(f: FigureView): GridCell['status'] {
  if (f.provenance === 'inferred') return f.basis === GROUP_SUM_BASIS ? 'sum' : 'inferred';
  if (f.provenance === 'narrative') return 'narrative';
  if (f.value !== null) return 'table';
  return f.raw && f.raw.trim() !== '' ? 'notNumber' : 'blank';
}

export function figureCell(report: ReportFigures, key: string): GridCell {
  const f = report.figures.get(key);
  const notes = report.notes.get(key) ?? [];
  if (!f) return { key, value: null, status: 'absent', raw: null, basis: null, span: null, notes };
  return { key, value: f.value, status: statusOf(f), raw: f.raw, basis: f.basis, span: f.span, notes };
}

/**
 * The provenance badge a grid cell shows, which is also whether it can be chosen (a figure of the
 * report, with its passage): null for a cell without a figure, whether not read or not in the
 * report's format, and for a group total the page added up itself (the parser's own sums have a
 * passage and are shown as inferred).
 */
export function cellProvenance(cell: GridCell): ProvenanceKind | null {
  switch (cell.status) {
    case 'absent':
    case 'notInFormat':
      return null;
    case 'sum':
      return cell.span ? 'inferred' : null;
    case 'inferred':
    case 'narrative':
      return cell.status;
    case 'table':
    case 'notNumber':
    case 'blank':
      return 'table';
  }
}

/**
 * A group total (不予公开, 行政诉讼合计...): the report's own figure when it has one, otherwise the
 * sum of the parts, which is null as soon as one part is not a number (a blank is not a 0).
 */
export function sumCell(report: ReportFigures, key: string, partKeys: readonly string[]): GridCell {
  const own = figureCell(report, key);
  if (own.status !== 'absent') return own;
  const parts = partKeys.map((k) => figureCell(report, k));
  if (parts.every((p) => p.status === 'absent')) return own;
  const complete = parts.every((p) => p.value !== null);
  return {
    key,
    value: complete ? parts.reduce((s, p) => s + (p.value as number), 0) : null,
    status: 'sum',
    raw: null,
    basis: null,
    span: null,
    notes: own.notes,
  };
}

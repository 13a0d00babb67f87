// Why each figure a scan's read lacks is missing (eval:ocr --why): where it was lost (its row or
// cell not found, or read null with the issues naming it) and, for a key figure, whether the
// tables' relations, over the figures read, would give it (solve.ts): the lever left for the sums.
// Table 2 (主动公开) has no relations: for its figures, whether the stricter threshold held them and
// whether the reading it held was right (the lever left for that threshold).

import { relationsFor } from '../../figures/checks';
import type { ParseResult } from '../../parser/types';
import { readFigures, solveRelations } from '../solve';
import type { OcrDocument } from '../types';

export interface Missing {
  key: string;
  /** Table 2 (主动公开) or the key figures (tables 3 and 4). */
  table: 't2' | 'key';
  /** `row absent`, `cell absent`, `null: <codes of the issues naming it>`, or for table 2 `held by its threshold: read right|wrong`. */
  lost: string;
  /** What the relations give over the figures read: `sums give it`, `sums give another`, `undetermined`;
   * for table 2 `no sums`. */
  sums: string;
}

/**
 * The expected figures the result lacks, each with why. `loose`: the figures read with table 2's
 * threshold lowered to the digit threshold, telling what a table-2 figure held by it was read as.
 */
export function whyMissing(expected: Record<string, number>, result: ParseResult, loose?: ParseResult['figures']): Missing[] {
  const read = readFigures(result);
  const solved = solveRelations(relationsFor(result.meta.format), read);
  const out: Missing[] = [];
  for (const [key, value] of Object.entries(expected)) {
    if (result.figures[key] != null) continue;
    const table = key.startsWith('active.') ? 't2' : 'key';
    const row = key.slice(0, key.lastIndexOf('.'));
    const codes = [...new Set(result.issues.filter((i) => i.keys.includes(key)).map((i) => i.code))].sort();
    const heldByThreshold = table === 't2' && codes.join('+') === 'OCR_LOW_CONFIDENCE' && loose?.[key] != null;
    const lost = heldByThreshold
      ? `held by table 2's threshold: read ${loose[key] === value ? 'right' : 'wrong'}`
      : key in result.figures
        ? `null: ${codes.join('+') || 'no issue'}`
        : Object.keys(result.figures).some((k) => k.startsWith(`${row}.`))
          ? 'cell absent'
          : 'row absent';
    const s = solved.get(key);
    const sums = table === 't2' ? 'no sums' : !s ? 'undetermined' : s.value === value ? 'sums give it' : 'sums give another';
    out.push({ key, table, lost, sums });
  }
  return out;
}

/**
 * Where a wrong figure came from (eval:ocr, under its WRONG line): the parser's rule and the text as
 * printed, the page and box with the lowest digit confidence, and each recognised item in that box
 * with its characters' confidences and its glyphs counted in ink: what the guard saw.
 */
export function wrongDetail(key: string, result: ParseResult, doc: OcrDocument): string {
  const p = result.provenance[key];
  if (!p) return 'no provenance';
  const head = `${p.via} ${p.rule}${p.basis ? ` (${p.basis})` : ''} raw ${JSON.stringify(p.raw ?? '')}`;
  if (!p.ocr) return head;
  const [x0, y0, x1, y1] = p.ocr.box;
  const items = doc.items.filter((i) => i.page === p.ocr!.page && i.box[0] < x1 && i.box[2] > x0 && i.box[1] < y1 && i.box[3] > y0);
  const shown = items.map(
    (i) =>
      `${JSON.stringify(i.text)} [${i.conf.map((c) => c.toFixed(3)).join(' ')}]${i.glyphs === undefined ? '' : ` glyphs ${i.glyphs}`} cell ${i.cell}`,
  );
  return `${head}; page ${p.ocr.page} box [${p.ocr.box.join(', ')}] conf ${p.ocr.confidence}; items ${shown.join(' | ')}`;
}

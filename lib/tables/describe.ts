// What a cell shows and says: the printed text, the reason behind a non-ordinary status (for the
// tooltip and for screen readers), and the change on the previous year.

import type { Lang, Unit } from '@/lib/figures/keys';
import { basisLabel } from '@/lib/figures/checks';
import { formatNumber, formatValue } from '@/lib/i18n/format';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { NOTATION } from '@/lib/i18n/notation';
import type { GridCell } from './types';

export interface CellText {
  /** What the cell prints. */
  display: string;
  /** Why the cell looks the way it does; null for an ordinary table cell without notes. */
  reason: string | null;
  /** Change on the previous year (+97, −3, 0), when there is one. */
  change: string | null;
  /** The previous year's value, in words, for the change's tooltip. */
  prevText: string | null;
}

export function formatDelta(delta: number, lang: Lang): string {
  if (delta === 0) return '±0';
  return `${delta > 0 ? '+' : '−'}${formatNumber(Math.abs(delta), lang)}`;
}

export function describeCell(cell: GridCell, lang: Lang, opts: { unit?: Unit; prevYear?: number | null } = {}): CellText {
  const m = drilldownMessages[lang].cell;
  // A null the status below does not name was not read.
  let display = cell.value === null ? NOTATION.notRead.mark : formatValue(cell.value, opts.unit ?? 'count', lang);
  const reasons: string[] = [];
  switch (cell.status) {
    case 'narrative':
    case 'inferred':
      reasons.push(m[cell.status]);
      break;
    case 'notNumber':
      display = NOTATION.slash.mark;
      reasons.push(m.notNumber(cell.raw!.trim()));
      break;
    case 'blank':
      display = NOTATION.blank.mark;
      reasons.push(m.blank);
      break;
    case 'sum':
      if (cell.value === null) display = NOTATION.notRead.mark;
      reasons.push(cell.value === null ? m.sumIncomplete : m.sum);
      break;
    case 'absent':
      display = NOTATION.notRead.mark;
      reasons.push(NOTATION.notRead[lang]);
      break;
    case 'notInFormat':
      display = NOTATION.notInFormat.mark;
      reasons.push(NOTATION.notInFormat[lang]);
      break;
  }
  // A sum row's own words already say it adds up its parts: "from: sum of sub-rows" would say it twice.
  const basis = cell.basis && !(cell.status === 'sum' && cell.basis === 'group-sum') ? basisLabel(cell.basis) : null;
  if (basis) reasons.push(m.basis(basis[lang]));
  if (cell.raw && cell.status === 'narrative') reasons.push(m.raw(cell.raw));
  for (const note of cell.notes) reasons.push(note[lang]);
  // 0 then and 0 now says nothing; printing ±0 under every empty row only adds noise.
  const hasChange = cell.delta !== undefined && cell.delta !== null && !(cell.delta === 0 && cell.value === 0);
  return {
    display,
    reason: reasons.length ? reasons.join(lang === 'zh' ? '。' : '. ') : null,
    change: hasChange ? formatDelta(cell.delta!, lang) : null,
    prevText: typeof cell.prev === 'number' ? m.prev(opts.prevYear ?? null, formatValue(cell.prev, opts.unit ?? 'count', lang)) : null,
  };
}

/**
 * The reasons two or more of a row's cells give (a row of "—" in an older format, a group row's
 * sums): described once for the row, not printed in each of its cells. In the order first met.
 */
export function sharedRowReasons(cells: readonly GridCell[], lang: Lang): string[] {
  const counts = new Map<string, number>();
  for (const cell of cells) {
    const { reason } = describeCell(cell, lang);
    if (reason) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].filter(([, n]) => n > 1).map(([reason]) => reason);
}

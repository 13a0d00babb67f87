// One figure in a grid: its value styled by status (sentence, inferred, "/", blank, sum, absent),
// the reason as screen-reader text (or named, when its row describes it once) and (set by the grid on hover: cellTitle) as a tooltip, the change on the previous year, and
// optionally a provenance badge and a button to select it.
'use client';

import type { Lang, Unit } from '@/lib/figures/keys';
import { cellProvenance } from '@/lib/tables/cells';
import { describeCell } from '@/lib/tables/describe';
import type { GridCell } from '@/lib/tables/types';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { STATUS_CLASS } from './cell-styles';
import { ProvenanceBadge } from './provenance-badge';

export interface FigureCellProps {
  cell: GridCell;
  lang: Lang;
  unit?: Unit;
  prevYear?: number | null;
  showBadge?: boolean;
  selected?: boolean;
  onSelect?: (key: string) => void;
  /** The ids of the reasons the cell's row describes once (sharedRowReasons), by their words. */
  rowReasons?: ReadonlyMap<string, string>;
}

/** The cell's tooltip: why it looks as it does, and the previous year's value. */
export function cellTitle(cell: GridCell, lang: Lang, opts: { unit?: Unit; prevYear?: number | null }): string | undefined {
  const text = describeCell(cell, lang, opts);
  return [text.reason, text.prevText].filter(Boolean).join(' · ') || undefined;
}

/**
 * A cell's tooltip is not in the HTML (its reason is, for screen readers): the grid sets it with
 * cellTitle when the pointer reaches the cell, so the page does not print each reason twice.
 */
export function FigureCell({ cell, lang, unit, prevYear, showBadge, selected, onSelect, rowReasons }: FigureCellProps) {
  const text = describeCell(cell, lang, { unit, prevYear });
  // A reason its row shares is named, not printed again in this cell.
  const describedBy = text.reason ? rowReasons?.get(text.reason) : undefined;
  const m = drilldownMessages[lang].cell;
  // Only a figure of the report has a provenance, and only it can be chosen.
  const provenance = cellProvenance(cell);
  const value = (
    // Shaped by the grid's stylesheet (figure-grid.module.css), coloured by its status.
    <span className={STATUS_CLASS[cell.status]} data-status={cell.status}>
      {cell.status === 'sum' && cell.value !== null ? (
        <span aria-hidden className="mr-0.5 text-[0.7em] text-ink-mute">
          Σ
        </span>
      ) : null}
      {text.display}
    </span>
  );
  const body = (
    <>
      {value}
      {showBadge && provenance ? <ProvenanceBadge kind={provenance} lang={lang} compact /> : null}
      {/* One text node: no React separators between the brackets and the reason in the HTML. */}
      {text.reason && !describedBy ? <span className="sr-only">{`(${text.reason})`}</span> : null}
      {text.change ? (
        <span className="block text-[0.7rem] leading-tight text-ink-mute" title={text.prevText ?? undefined}>
          <span aria-hidden>{text.change}</span>
          <span className="sr-only">{m.change(text.change)}</span>
        </span>
      ) : null}
    </>
  );
  // A sum the page added up itself has no figure to show; one the parser stored does.
  if (onSelect && provenance) {
    return (
      // Shaped, and marked when chosen, by the grid's stylesheet (figure-grid.module.css).
      <button
        type="button"
        aria-pressed={selected}
        aria-describedby={describedBy}
        data-figure={cell.key}
        onClick={() => onSelect(cell.key)}
      >
        {body}
      </button>
    );
  }
  return (
    // A block from the grid's stylesheet (figure-grid.module.css), not a class on each of hundreds.
    <span data-figure={cell.key} tabIndex={text.reason ? 0 : undefined} aria-describedby={describedBy}>
      {body}
    </span>
  );
}

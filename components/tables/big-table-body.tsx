// The rows of the /table grid, rendered from the compact rows lib/tables/big-table-rows.ts makes on
// the server: the HTML is rendered from them there, and the RSC payload carries them once (not a
// tree of every cell's elements). A cell's shared reason is set as its title when the pointer
// reaches it and is, for screen readers, one description per status (aria-describedby): the page
// does not print the same words in every cell. A "/" cell's own reason is printed with it.
'use client';

import Link from 'next/link';
import { reasonId, type BigTableCellView, type BigTableReasons, type BigTableRowView } from '@/lib/tables/big-table-view';
import { STATUS_CLASS } from './cell-styles';
import styles from './big-table.module.css';

export interface BigTableBodyLabels {
  agency: string;
  agencyHint: string;
  notChecked: string;
}

function Cell({ id, cell, reasons }: { id: string; cell: BigTableCellView; reasons: BigTableReasons }) {
  if (cell.status === 'rate') {
    // A ratio without a value says why in its place; one not ranked carries its mark and the reason.
    if (cell.noValue) {
      return (
        <td data-rate={id}>
          <span className={styles.note} data-rate-note={cell.note}>
            {cell.note}
          </span>
        </td>
      );
    }
    return (
      <td data-rate={id}>
        <span title={cell.note} tabIndex={cell.note ? 0 : undefined} data-rate-note={cell.note}>
          {cell.text}
          {cell.failed ? <span className={styles.failed}>!</span> : null}
          {cell.note ? <span className="sr-only">({cell.note})</span> : null}
        </span>
      </td>
    );
  }
  const shared = !cell.reason && reasons[cell.status] !== undefined;
  return (
    <td>
      <span
        className={STATUS_CLASS[cell.status]}
        title={cell.reason}
        aria-describedby={shared ? reasonId(cell.status) : undefined}
        data-status={cell.status}
      >
        {cell.status === 'sum' ? (
          <span aria-hidden className={styles.sigma}>
            Σ
          </span>
        ) : null}
        {cell.text}
      </span>
      {cell.reason ? <span className="sr-only">({cell.reason})</span> : null}
    </td>
  );
}

/** The title of the cell (or office mark) under the pointer, from the reasons its status shares. */
function showReason(target: EventTarget, reasons: BigTableReasons, labels: BigTableBodyLabels) {
  if (!(target instanceof Element)) return;
  const marked = target.closest<HTMLElement>('[data-status], [data-agency]');
  if (!marked || marked.title) return;
  const status = marked.dataset.status as keyof BigTableReasons | undefined;
  const reason = status ? reasons[status] : labels.agencyHint;
  if (reason) marked.title = reason;
}

export function BigTableBody({
  columns,
  rows,
  reasons,
  labels,
}: {
  /** The columns' ids, in the cells' order. */
  columns: readonly string[];
  rows: readonly BigTableRowView[];
  reasons: BigTableReasons;
  labels: BigTableBodyLabels;
}) {
  return (
    // A shared reason becomes a cell's tooltip when the pointer reaches it: the page does not print
    // the same words in every cell.
    <tbody className={styles.body} onPointerOver={(event) => showReason(event.target, reasons, labels)}>
      {rows.map((r) => (
        <tr key={r.reportId} data-report={r.reportId}>
          <th scope="row">
            <Link href={r.placeHref}>{r.place}</Link>
            <span className={styles.province}>{r.province}</span>
          </th>
          <td className={styles.office}>
            <Link href={r.reportHref}>{r.body}</Link>
            {r.agency ? (
              <span className={styles.agency} data-agency>
                {labels.agency}
              </span>
            ) : null}
          </td>
          {r.cells.map((cell, i) => (
            <Cell key={columns[i]} id={columns[i]!} cell={cell} reasons={reasons} />
          ))}
          <td className={styles.checks}>
            {r.quality ? (
              <Link
                href={r.quality.href}
                title={r.quality.title}
                className={r.quality.failed ? styles.checksFailed : undefined}
                data-quality={r.quality.counts}
              >
                {r.quality.text}
              </Link>
            ) : (
              <span>{labels.notChecked}</span>
            )}
          </td>
        </tr>
      ))}
    </tbody>
  );
}

// Where a report stands among its peers on the key rates: its value with its base (or why it is
// not ranked), and for each peer group the median, the range and its rank — only with at least
// five ranked peers. Drawn from the strings lib/peers/peer-table.ts makes on the server, so the
// page's RSC payload carries them once instead of repeating the table's elements.
'use client';

import type { PeerOwnView, PeerTableView } from '@/lib/peers/peer-table-view';
import styles from './peer-panel.module.css';
import standing from './standing.module.css';

function Own({ own }: { own: PeerOwnView }) {
  return (
    <>
      <span className={own.noValue ? styles.noValue : styles.value}>{own.value}</span>
      {own.base ? <span className={standing.base}>{own.base}</span> : null}
      {own.standing ? (
        <span className={standing.standing} data-standing={own.standing.kind}>
          {own.standing.text}
        </span>
      ) : null}
    </>
  );
}

export function PeerPanel({ table }: { table: PeerTableView }) {
  return (
    <div data-testid="peer-panel">
      <div className="relative overflow-x-auto rounded-md border border-rule bg-white">
        <table className={`min-w-full text-sm ${styles.peers}`}>
          <thead>
            <tr>
              <th>{table.head.measure}</th>
              <th>{table.head.self}</th>
              {table.head.groups.map((g) => (
                <th key={g.id}>{g.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.id} data-measure={row.id}>
                <th scope="row" title={row.definition}>
                  {row.label}
                </th>
                <td>
                  <Own own={row.own} />
                </td>
                {row.cells.map((cell) => (
                  <td key={cell.group} className={styles.group} data-group={cell.group} data-enough={cell.enough}>
                    {cell.enough ? (
                      <>
                        <span className={styles.median}>{cell.median}</span>
                        <span className={styles.line}>{cell.range}</span>
                        {cell.rank ? <span className={styles.rank}>{cell.rank}</span> : null}
                      </>
                    ) : (
                      <span className={styles.line}>{cell.notEnough}</span>
                    )}
                    {cell.leftOut ? <span className={styles.leftOut}>{cell.leftOut}</span> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-ink-mute">{table.note}</p>
    </div>
  );
}

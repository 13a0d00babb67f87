// A report's quality checks (体检): "4/5 项通过" with the failed checks named, then every check with
// its verdict, its explanation and the particulars of a failure. Drawn from the strings
// lib/tables/quality-panel.ts makes on the server, so the page's RSC payload carries them once.
'use client';

import Link from 'next/link';
import type { CheckStatus } from '@/lib/domain';
import type { QualityPanelView } from '@/lib/tables/quality-panel-view';

const STATUS_STYLE: Record<CheckStatus, string> = {
  pass: 'border-oi-green text-ink',
  fail: 'border-oi-vermillion/60 text-oi-vermillion',
  na: 'border-rule text-ink-mute',
  unknown: 'border-oi-orange/60 text-warn',
};

/** `panel` null: the report is not checked yet, which `notChecked` says. */
export function QualityPanel({ panel, notChecked }: { panel: QualityPanelView | null; notChecked: string }) {
  if (!panel) return <p className="text-sm text-ink-soft">{notChecked}</p>;
  return (
    <div data-testid="quality-panel">
      <p className="mb-3 text-sm" data-testid="quality-summary">
        <strong className="text-ink">{panel.summary}</strong>
        {panel.failed ? <span className="text-oi-vermillion">{panel.failed}</span> : null}
        {panel.unknown ? <span className="text-ink-mute">{panel.unknown}</span> : null}
      </p>
      <ul className="grid gap-2 lg:grid-cols-2">
        {panel.checks.map((check) => (
          <li
            key={check.id}
            className="rounded-md border border-rule bg-white p-3 text-sm"
            data-check-id={check.id}
            data-status={check.status}
          >
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-semibold text-ink">{check.title}</span>
              <span className={`rounded border px-1.5 text-xs font-medium ${STATUS_STYLE[check.status]}`}>{check.statusText}</span>
            </p>
            <p className="mt-1 text-ink-soft">{check.explanation}</p>
            {check.details.length ? (
              <ul className="mt-1 list-disc pl-5 text-xs text-ink-soft">
                {check.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {panel.previous ? (
        <p className="mt-2 text-xs text-ink-mute">
          <Link href={panel.previous.href}>{panel.previous.text}</Link>
        </p>
      ) : null}
    </div>
  );
}

// The parser's issues, each linked to its figures (select one) and its passage (select the issue).
'use client';

import { figureLabel, type Lang } from '@/lib/figures/keys';
import type { IssueView } from '@/lib/domain';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';

const SEVERITY_CLASS = {
  error: 'bg-oi-vermillion/10 text-oi-vermillion border-oi-vermillion/40',
  warning: 'bg-warn-soft text-warn border-oi-orange/50',
  info: 'bg-wash text-ink-soft border-rule',
} as const;

export interface IssueListProps {
  issues: readonly IssueView[];
  lang: Lang;
  selectedIssue: number | null;
  /** Keys that have a figure in this report. */
  figureKeys: ReadonlySet<string>;
  onSelectIssue: (id: number) => void;
  onSelectFigure: (key: string) => void;
}

export function IssueList({ issues, lang, selectedIssue, figureKeys, onSelectIssue, onSelectFigure }: IssueListProps) {
  const m = drilldownMessages[lang];
  if (issues.length === 0) return <p className="text-sm text-ink-soft">{m.report.issuesNone}</p>;
  return (
    <ol className="grid gap-2">
      {issues.map((issue) => (
        <li
          key={issue.id}
          id={`issue-${issue.id}`}
          data-issue={issue.code}
          className={`rounded-md border bg-white p-3 text-sm ${selectedIssue === issue.id ? 'border-accent ring-2 ring-accent' : 'border-rule'}`}
        >
          <p>
            <span className={`mr-2 inline-block rounded border px-1.5 text-xs font-medium ${SEVERITY_CLASS[issue.severity]}`}>
              {m.report.severity[issue.severity]}
            </span>
            <span className="font-mono text-[0.7rem] text-ink-mute">{issue.code}</span>
          </p>
          <p className="mt-1 text-ink">{issue.message[lang]}</p>
          <div className="mt-2 flex flex-wrap items-center gap-1.5 text-xs">
            {issue.span ? (
              <button
                type="button"
                onClick={() => onSelectIssue(issue.id)}
                className="rounded border border-accent px-2 py-0.5 text-accent hover:bg-accent-soft"
              >
                {m.report.passage}
              </button>
            ) : null}
            {issue.keys.map((key) =>
              figureKeys.has(key) ? (
                <button
                  key={key}
                  type="button"
                  onClick={() => onSelectFigure(key)}
                  className="rounded bg-wash px-2 py-0.5 text-ink-soft hover:bg-accent-soft hover:text-accent"
                >
                  {figureLabel(key, lang)}
                </button>
              ) : (
                <span key={key} className="rounded px-2 py-0.5 text-ink-mute">
                  {figureLabel(key, lang)}
                </span>
              ),
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

// The parser's issues, each linked to its figures (select one) and its passage (select the issue).
// Issues of one kind are grouped under one plain-words heading with their count (26 run-together
// digits split by the sums are one notice, opened on demand); the parser's codes are never shown.
'use client';

import { figureLabel, type Lang } from '@/lib/figures/keys';
import type { IssueView } from '@/lib/domain';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import styles from './issue-list.module.css';

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

type ItemProps = Omit<IssueListProps, 'issues'> & { issue: IssueView };

/** Issues of one code, in the order their first one comes. */
export function groupIssues<T extends { code: string }>(issues: readonly T[]): T[][] {
  const groups = new Map<string, T[]>();
  for (const issue of issues) {
    const group = groups.get(issue.code);
    if (group) group.push(issue);
    else groups.set(issue.code, [issue]);
  }
  return [...groups.values()];
}

function Severity({ issue, lang }: { issue: IssueView; lang: Lang }) {
  return (
    <span className={`mr-2 inline-block rounded border px-1.5 text-xs font-medium ${SEVERITY_CLASS[issue.severity]}`}>
      {drilldownMessages[lang].report.severity[issue.severity]}
    </span>
  );
}

/** One issue's message with its passage and figure buttons. */
function IssueBody({ issue, lang, figureKeys, onSelectIssue, onSelectFigure }: ItemProps) {
  const m = drilldownMessages[lang];
  return (
    <>
      <p className="mt-1 text-ink">{issue.message[lang]}</p>
      <div className="mt-2 flex flex-wrap items-center gap-1.5 text-xs">
        {issue.span ? (
          <button type="button" onClick={() => onSelectIssue(issue.id)} className={styles.passage}>
            {m.report.passage}
          </button>
        ) : null}
        {issue.keys.map((key) =>
          figureKeys.has(key) ? (
            <button key={key} type="button" onClick={() => onSelectFigure(key)} className={styles.figure}>
              {figureLabel(key, lang)}
            </button>
          ) : (
            <span key={key} className={styles.missing}>
              {figureLabel(key, lang)}
            </span>
          ),
        )}
      </div>
    </>
  );
}

export function IssueList({ issues, lang, selectedIssue, ...rest }: IssueListProps) {
  const m = drilldownMessages[lang].report;
  if (issues.length === 0) return <p className="text-sm text-ink-soft">{m.issuesNone}</p>;
  const kind = (code: string) => m.kinds[code] ?? m.otherKind;
  const ring = (on: boolean) => (on ? 'border-accent ring-2 ring-accent' : 'border-rule');
  return (
    <ol className="grid gap-2">
      {groupIssues(issues).map((group) => {
        const first = group[0]!;
        if (group.length === 1)
          return (
            <li
              key={first.id}
              id={`issue-${first.id}`}
              data-issue={first.code}
              className={`rounded-md border bg-white p-3 text-sm ${ring(selectedIssue === first.id)}`}
            >
              <p>
                <Severity issue={first} lang={lang} />
                <span className="font-medium text-ink-soft">{kind(first.code)}</span>
              </p>
              <IssueBody issue={first} lang={lang} selectedIssue={selectedIssue} {...rest} />
            </li>
          );
        const holdsSelected = group.some((i) => i.id === selectedIssue);
        return (
          <li key={`group-${first.code}`} data-issue-group={first.code} className="rounded-md border border-rule bg-white p-3 text-sm">
            <details open={holdsSelected || undefined}>
              <summary className="cursor-pointer">
                <Severity issue={first} lang={lang} />
                <span className="font-medium text-ink-soft">{kind(first.code)}</span>
                <span className="ml-2 text-xs text-ink-mute">{m.times(group.length)}</span>
              </summary>
              <ol className="mt-2 grid gap-2">
                {group.map((issue) => (
                  <li
                    key={issue.id}
                    id={`issue-${issue.id}`}
                    data-issue={issue.code}
                    className={`rounded border px-2 pb-2 ${ring(selectedIssue === issue.id)}`}
                  >
                    <IssueBody issue={issue} lang={lang} selectedIssue={selectedIssue} {...rest} />
                  </li>
                ))}
              </ol>
            </details>
          </li>
        );
      })}
    </ol>
  );
}

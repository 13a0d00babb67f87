// The checks a report failed, each in plain words: the relation, both sides with their figures,
// and one sentence a reader can repeat ("报告印的总计是 0，但四项相加是 11"), never the parser's codes.

import Link from 'next/link';
import { figureLabel, type Lang } from '@/lib/figures/keys';
import { formatNumber } from '@/lib/i18n';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { NOTATION } from '@/lib/i18n/notation';
import type { CheckTerm, FailedCheck } from '@/lib/tables/checks';

function Terms({ terms, lang }: { terms: readonly CheckTerm[]; lang: Lang }) {
  return (
    <ul className="grid gap-0.5">
      {terms.map((t) => (
        <li key={t.key} className="flex justify-between gap-3">
          <span className="text-ink-soft">{figureLabel(t.key, lang)}</span>
          <span className="tabular font-medium text-ink">{t.none ? NOTATION[t.none].mark : formatNumber(t.value!, lang)}</span>
        </li>
      ))}
    </ul>
  );
}

export interface FailedChecksProps {
  checks: readonly FailedCheck[];
  lang: Lang;
  /** The report has table figures, so "no failed check" means every check passed. */
  checked?: boolean;
  reportHref?: (issueId: number) => string;
}

export function FailedChecks({ checks, lang, checked = true, reportHref }: FailedChecksProps) {
  const m = drilldownMessages[lang];
  if (checks.length === 0)
    return <p className="text-sm text-ink-soft">{checked ? m.jurisdiction.checksNone : m.jurisdiction.checksNoTables}</p>;
  return (
    <ol className="grid gap-3 lg:grid-cols-2">
      {checks.map((check) => (
        <li key={check.issueId} className="rounded-md border border-oi-vermillion/40 bg-white p-4 text-sm" data-check={check.code}>
          <p className="font-semibold text-ink">{check.title[lang]}</p>
          {check.left.length ? (
            <div className="mt-2 grid gap-3 text-xs sm:grid-cols-2">
              <div>
                <p className="mb-1 font-medium text-ink-mute">{m.checks.leftSide}</p>
                <Terms terms={check.left} lang={lang} />
              </div>
              <div>
                <p className="mb-1 font-medium text-ink-mute">{m.checks.rightSide}</p>
                <Terms terms={check.right} lang={lang} />
              </div>
            </div>
          ) : null}
          {check.leftSum !== null && check.rightSum !== null ? (
            <p className="tabular mt-2 text-oi-vermillion" data-testid="check-sentence">
              {check.left.length === 1
                ? m.checks.totalVsParts(
                    figureLabel(check.left[0]!.key, lang),
                    formatNumber(check.leftSum, lang),
                    check.right.length,
                    formatNumber(check.rightSum, lang),
                  )
                : m.checks.sidesDiffer(
                    check.left.length,
                    formatNumber(check.leftSum, lang),
                    check.right.length,
                    formatNumber(check.rightSum, lang),
                  )}
              {lang === 'zh' ? '（' : ' ('}
              {m.checks.differs(formatNumber(Math.abs(check.leftSum - check.rightSum), lang))}
              {lang === 'zh' ? '）。' : ').'}
            </p>
          ) : null}
          {reportHref ? (
            <p className="mt-2 text-xs">
              <Link href={reportHref(check.issueId)}>{m.checks.showPassage}</Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}

// A report's quality checks (体检): "4/5 项通过" with the failed checks named, then every check with
// its verdict, its explanation and the particulars of a failure. Server-rendered, no state.

import Link from 'next/link';
import type { CheckStatus, ReportQualityView } from '@/lib/domain';
import type { Lang } from '@/lib/figures/keys';
import { withLang } from '@/lib/i18n';
import { qualityMessages } from '@/lib/i18n/messages/quality';

const STATUS_STYLE: Record<CheckStatus, string> = {
  pass: 'border-oi-green text-ink',
  fail: 'border-oi-vermillion/60 text-oi-vermillion',
  na: 'border-rule text-ink-mute',
  unknown: 'border-oi-orange/60 text-warn',
};

export function QualityPanel({ quality, lang }: { quality: ReportQualityView | null; lang: Lang }) {
  const m = qualityMessages[lang];
  if (!quality) return <p className="text-sm text-ink-soft">{m.notChecked}</p>;
  const { summary, checks } = quality;
  const failed = checks.filter((c) => c.status === 'fail').map((c) => c.title[lang]);
  return (
    <div data-testid="quality-panel">
      <p className="mb-3 text-sm" data-testid="quality-summary">
        <strong className="text-ink">{m.summary(summary.passed, summary.decided)}</strong>
        {failed.length ? (
          <span className="text-oi-vermillion">{` · ${m.failedNamed(failed.join(lang === 'zh' ? '、' : ', '))}`}</span>
        ) : null}
        {summary.unknown ? <span className="text-ink-mute">{` · ${m.unknownCount(summary.unknown)}`}</span> : null}
      </p>
      <ul className="grid gap-2 lg:grid-cols-2">
        {checks.map((check) => (
          <li
            key={check.id}
            className="rounded-md border border-rule bg-white p-3 text-sm"
            data-check-id={check.id}
            data-status={check.status}
          >
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-semibold text-ink">{check.title[lang]}</span>
              <span className={`rounded border px-1.5 text-xs font-medium ${STATUS_STYLE[check.status]}`}>{m.status[check.status]}</span>
            </p>
            <p className="mt-1 text-ink-soft">{check.explanation[lang]}</p>
            {check.details.length ? (
              <ul className="mt-1 list-disc pl-5 text-xs text-ink-soft">
                {check.details.map((d) => (
                  <li key={d.zh}>{d[lang]}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      {quality.previousReportId !== null ? (
        <p className="mt-2 text-xs text-ink-mute">
          <Link href={withLang(`/reports/${quality.previousReportId}`, lang)}>{m.previous}</Link>
        </p>
      ) : null}
    </div>
  );
}

// A report's quality checks (体检) as its panel prints them, in one language: "4/5 项通过" with the
// failed checks named, then every check with its verdict, explanation and the particulars of a
// failure. Plain strings, so /j and /reports hand them once to the client panel
// (components/quality/quality-panel.tsx) instead of a server tree their RSC payload would repeat.
// Pure; run on the server.

import type { ReportQualityView } from '@/lib/domain';
import type { Lang } from '@/lib/figures/keys';
import { withLang } from '@/lib/i18n/lang';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import type { QualityPanelView } from './quality-panel-view';

export function toQualityPanel(quality: ReportQualityView, lang: Lang): QualityPanelView {
  const m = qualityMessages[lang];
  const { summary, checks } = quality;
  const failed = checks.filter((c) => c.status === 'fail').map((c) => c.title[lang]);
  return {
    summary: m.summary(summary.passed, summary.decided),
    ...(failed.length ? { failed: ` · ${m.failedNamed(failed.join(lang === 'zh' ? '、' : ', '))}` } : {}),
    ...(summary.unknown ? { unknown: ` · ${m.unknownCount(summary.unknown)}` } : {}),
    checks: checks.map((check) => ({
      id: check.id,
      status: check.status,
      statusText: m.status[check.status],
      title: check.title[lang],
      explanation: check.explanation[lang],
      details: check.details.map((d) => d[lang]),
    })),
    ...(quality.previousReportId !== null
      ? { previous: { href: withLang(`/reports/${quality.previousReportId}`, lang), text: m.previous } }
      : {}),
  };
}

// A report's quality checks in one table cell: "4/5", red when a check failed, the failed checks
// named in its tooltip, linked to the report's checks.

import Link from 'next/link';
import type { TableRow } from '@/lib/domain';
import type { Lang } from '@/lib/figures/keys';
import { withLang } from '@/lib/i18n';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import { CHECK_TITLES } from '@/lib/quality/titles';

export function QualityCell({ reportId, quality, lang }: { reportId: number; quality: TableRow['quality']; lang: Lang }) {
  const m = qualityMessages[lang];
  if (!quality) return <span className="text-ink-mute">{m.notChecked}</span>;
  const failed = quality.failedIds.map((id) => CHECK_TITLES[id][lang]);
  return (
    <Link
      href={withLang(`/reports/${reportId}#quality`, lang)}
      title={failed.length ? m.failedNamed(failed.join(lang === 'zh' ? '、' : ', ')) : m.summary(quality.passed, quality.decided)}
      className={failed.length ? 'rounded bg-oi-vermillion/10 px-1.5 py-0.5 text-oi-vermillion no-underline' : 'text-ink-mute no-underline'}
      data-quality={`${quality.passed}/${quality.decided}`}
    >
      {m.cell(quality.passed, quality.decided)}
    </Link>
  );
}

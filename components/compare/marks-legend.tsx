// The key to the marks beside values (sentence, inferred, failed checks, single office), the rule
// that missing values are not drawn, and the whole reasons of those the chart names in short.

import type { Lang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';

export function MarksLegend({ lang, highlight = false, notDrawn = [] }: { lang: Lang; highlight?: boolean; notDrawn?: readonly string[] }) {
  const m = compareMessages[lang];
  return (
    <div className="flex flex-wrap gap-x-5 gap-y-1 px-5 pb-3 text-xs text-ink-mute">
      <span>† {m.marks.narrative}</span>
      <span>‡ {m.marks.inferred}</span>
      <span>! {m.marks['checks-failed']}</span>
      <span className="inline-flex items-center gap-1.5">
        <span
          aria-hidden
          className="inline-block h-2.5 w-4 border border-accent bg-[repeating-linear-gradient(45deg,#0072b2_0_2px,#fff_2px_4px)]"
        />
        {m.marks.agency}
      </span>
      {highlight ? <span>{m.highlightNote}</span> : null}
      <span>{m.missingNote}</span>
      {notDrawn.length ? <span data-testid="not-drawn">{m.notDrawn(notDrawn)}</span> : null}
    </div>
  );
}

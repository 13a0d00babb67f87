// Marks beside a value that deserves a second look (from a sentence, inferred, failed checks,
// single office). Each is focusable and shows its reason on hover and on keyboard focus; no script.

import { FLAG_MARKS } from '@/lib/compare/chart-props';
import type { ValueFlag } from '@/lib/compare/types';
import type { Lang } from '@/lib/i18n/lang';

const STYLE: Record<ValueFlag['kind'], string> = {
  narrative: 'border-oi-sky bg-accent-soft text-accent',
  inferred: 'border-oi-purple bg-[#f8e9f1] text-[#8a3a66]',
  'checks-failed': 'border-oi-vermillion bg-[#fbe6d9] text-[#9a3f00]',
  agency: 'border-oi-orange bg-warn-soft text-warn',
};

export function FlagMarks({ flags, lang, labels, idPrefix }: { flags: readonly ValueFlag[]; lang: Lang; labels: Record<ValueFlag['kind'], string>; idPrefix: string }) {
  if (flags.length === 0) return null;
  return (
    <span className="ml-1.5 inline-flex gap-1 align-middle">
      {flags.map((f) => {
        const id = `${idPrefix}-${f.kind}`;
        return (
          <span key={f.kind} className="group relative inline-block">
            <button
              type="button"
              aria-describedby={id}
              aria-label={labels[f.kind]}
              data-flag={f.kind}
              className={`inline-flex h-5 min-w-5 cursor-help items-center justify-center rounded-sm border px-1 text-[11px] font-semibold leading-none ${STYLE[f.kind]}`}
            >
              {FLAG_MARKS[f.kind] || labels[f.kind].slice(0, lang === 'zh' ? 2 : 6)}
            </button>
            <span
              role="tooltip"
              id={id}
              className="pointer-events-none invisible absolute bottom-full left-1/2 z-20 mb-1.5 w-72 -translate-x-1/2 rounded bg-ink px-3 py-2 text-left text-xs font-normal leading-relaxed text-white opacity-0 shadow-lg transition-opacity group-focus-within:visible group-focus-within:opacity-100 group-hover:visible group-hover:opacity-100"
            >
              {f.reason[lang]}
            </span>
          </span>
        );
      })}
    </span>
  );
}

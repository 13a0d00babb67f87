// The error boundary of every page: says so plainly, offers a retry. A client leaf by Next's rule.
'use client';

import { useSearchParams } from 'next/navigation';
import { commonMessages, LANG_PARAM, parseLang, withLang } from '@/lib/i18n';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = parseLang(useSearchParams().get(LANG_PARAM));
  const m = commonMessages[lang];
  return (
    <main className="mx-auto max-w-6xl px-5 pt-10">
      <h1 className="text-3xl font-bold tracking-tight">{m.error.title}</h1>
      <p className="mt-3 text-ink-soft">{m.error.body}</p>
      <div className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-ink px-4 py-2 text-sm text-white hover:bg-ink-soft">
          {m.error.retry}
        </button>
        <a href={withLang('/', lang)} className="px-2 py-2 text-sm">
          {m.error.home}
        </a>
      </div>
    </main>
  );
}

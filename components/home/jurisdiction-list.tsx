// Every jurisdiction with reports, grouped by province, each year a link; years with only a
// single office's report are marked.

import Link from 'next/link';
import type { HomeJurisdiction } from '@/lib/db/queries/home/get-home-overview';
import { withLang, type Lang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';

export function JurisdictionList({ jurisdictions, lang }: { jurisdictions: readonly HomeJurisdiction[]; lang: Lang }) {
  const m = compareMessages[lang];
  const byProvince = new Map<string, HomeJurisdiction[]>();
  for (const j of jurisdictions) {
    const key = j.province ?? '—';
    byProvince.set(key, [...(byProvince.get(key) ?? []), j]);
  }
  return (
    <section aria-labelledby="jurisdictions-title" className="mt-12">
      <h2 id="jurisdictions-title" className="text-lg font-semibold tracking-tight">{m.home.listTitle}</h2>
      <p className="mt-1 max-w-3xl text-sm text-ink-mute">{m.home.listLede}</p>
      <div className="mt-5 grid gap-x-10 gap-y-6 sm:grid-cols-2 lg:grid-cols-3">
        {[...byProvince].map(([province, list]) => (
          <div key={province}>
            <h3 className="border-b border-ink pb-1 text-xs font-semibold tracking-wide text-ink-mute">{province}</h3>
            <ul className="divide-y divide-rule">
              {list.map((j) => (
                <li key={j.slug} className="flex items-baseline justify-between gap-3 py-2" data-testid="jurisdiction-item">
                  <Link href={withLang(`/j/${j.slug}`, lang)} className="font-medium text-ink no-underline hover:text-accent hover:underline">
                    {j.name}
                  </Link>
                  <span className="flex flex-wrap justify-end gap-1 text-xs">
                    {j.years.map((y) => (
                      <Link
                        key={y.year}
                        href={withLang(`/j/${j.slug}?y=${y.year}`, lang)}
                        className={`rounded-sm px-1.5 py-0.5 tabular no-underline ${y.agencyOnly ? 'border border-oi-orange bg-warn-soft text-warn' : 'bg-wash text-ink-soft hover:bg-accent-soft hover:text-accent'}`}
                        title={y.agencyOnly ? m.marks.agency : undefined}
                      >
                        {y.year}
                        {y.agencyOnly ? <span className="ml-1">{lang === 'zh' ? '机关' : 'office'}</span> : null}
                      </Link>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

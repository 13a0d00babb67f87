// The 404 page's body: what it says and the way on (a search for places that opens the one chosen,
// home, the table, the compare page, the places held).
// A client component although it has no state: Next carries the root 404 page in the RSC payload of
// every page (for a notFound() during navigation), so it travels as compact props (each place's slug,
// label and years) instead of as a rendered element tree.
'use client';

import Link from 'next/link';
import { PlaceSearch } from '@/components/compare/place-search';
import { commonMessages, withLang, type Lang } from '@/lib/i18n';
import { PageShell } from './page-shell';

/** A place as the list draws it: its slug, its label (in the page's language) and its years. */
export type NotFoundPlace = readonly [slug: string, label: string, years: readonly number[]];

export function NotFoundView({ lang, places }: { lang: Lang; places: readonly NotFoundPlace[] }) {
  const m = commonMessages[lang];
  return (
    <PageShell kicker="404" title={m.notFound.title} lede={m.notFound.body}>
      <PlaceSearch
        lang={lang}
        heading={m.notFound.searchLabel}
        labels={{ search: m.notFound.searchPlaceholder, searchHint: m.notFound.searchHint, noMatches: m.notFound.noMatches }}
      />
      <p className="mt-6 flex flex-wrap gap-x-5 gap-y-1">
        <Link href={withLang('/', lang)}>{m.notFound.home}</Link>
        <Link href={withLang('/table', lang)}>{m.notFound.table}</Link>
        <Link href={withLang('/compare', lang)}>{m.notFound.search}</Link>
      </p>
      {places.length ? (
        <section className="mt-8" data-testid="not-found-places">
          <h2 className="mb-2 text-base font-semibold">{m.notFound.places}</h2>
          <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
            {places.map(([slug, label, years]) => (
              <li key={slug}>
                <Link href={withLang(`/j/${slug}`, lang)}>{label}</Link>
                <span className="ml-2 text-xs text-ink-mute">{years.join(' · ')}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </PageShell>
  );
}

// Jurisdictions by province: each province with its counts and its first few jurisdictions (higher
// levels first), each with its latest years as links; years with only a single office's report are
// marked. A province with more jurisdictions than shown links to the comparison of all of them, so
// the page stays small however many reports the database holds. A client component although it
// has no state: its props (the data) travel in the page's RSC payload in a fraction of the bytes
// its rendered element tree would (the home page stays under 100 kB of HTML).

'use client';

import Link from 'next/link';
import type { HomeJurisdiction, HomeProvince } from '@/lib/domain';
import { formatNumber, withLang, type Lang } from '@/lib/i18n';
import { compareMessages } from '@/lib/i18n/messages/compare';
import styles from './jurisdiction-list.module.css';

/**
 * What the list draws of a jurisdiction: these props cross to the browser, so no more. Labels are
 * made on the server (lib/places/english's tables never reach the browser).
 */
export type ListJurisdiction = readonly [
  slug: HomeJurisdiction['slug'],
  label: string,
  /** The latest years with reports, newest first (HOME_YEARS_SHOWN of them at most). */
  years: readonly number[],
  /** How many years it has reports for. */
  yearCount: number,
  /** Of the years shown, those with only single-office reports (absent: none). */
  agencyOnly?: readonly number[],
];
/** `label`: absent when it is the province's own name (null: no province). */
export type ListProvince = Omit<HomeProvince, 'jurisdictions'> & { label?: string | null; jurisdictions: readonly ListJurisdiction[] };

function JurisdictionItem({ j: [slug, label, years, yearCount, agencyOnly], lang }: { j: ListJurisdiction; lang: Lang }) {
  const m = compareMessages[lang];
  const hidden = yearCount - years.length;
  return (
    <li>
      <Link href={withLang(`/j/${slug}`, lang)}>{label}</Link>
      <span>
        {years.map((year) => {
          const agency = agencyOnly?.includes(year);
          return (
            // Plain links: hundreds of year chips should not each be prefetched or hydrated.
            <a key={year} href={withLang(`/j/${slug}?y=${year}`, lang)} {...(agency ? { title: m.marks.agency } : {})}>
              {year}
              {agency ? <span>{m.home.agencyMark}</span> : null}
            </a>
          );
        })}
        {hidden > 0 ? (
          <a href={withLang(`/j/${slug}`, lang)} className={styles.more} title={m.home.allYears(yearCount)}>
            +{hidden}
          </a>
        ) : null}
      </span>
    </li>
  );
}

export function JurisdictionList({ provinces, lang }: { provinces: readonly ListProvince[]; lang: Lang }) {
  const m = compareMessages[lang];
  return (
    <section aria-labelledby="jurisdictions-title" className="mt-12">
      <h2 id="jurisdictions-title" className="text-lg font-semibold tracking-tight">
        {m.home.listTitle}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-ink-mute">{m.home.listLede}</p>
      <div className="mt-5 grid gap-x-10 gap-y-6 sm:grid-cols-2 lg:grid-cols-3">
        {provinces.map((p) => {
          const more = p.jurisdictionCount > p.jurisdictions.length;
          return (
            <div key={p.province ?? ''} data-testid="province-group">
              <h3 className={styles.head}>
                <span>{(p.label === undefined ? p.province : p.label) ?? m.home.noProvince}</span>
                <span className={styles.counts}>
                  {m.home.provinceCounts(formatNumber(p.jurisdictionCount, lang), formatNumber(p.reportCount, lang))}
                </span>
              </h3>
              <ul className={styles.list}>
                {p.jurisdictions.map((j) => (
                  <JurisdictionItem key={j[0]} j={j} lang={lang} />
                ))}
              </ul>
              {more && p.province ? (
                <p className={styles.all}>
                  <Link href={withLang(`/compare?province=${encodeURIComponent(p.province)}`, lang)} data-testid="province-all">
                    {m.home.provinceAll(formatNumber(p.jurisdictionCount, lang))}
                  </Link>
                </p>
              ) : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}

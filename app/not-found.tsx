// 404: the address names no page, place or report. It says so and offers the way on: the places
// held (each a link, in the page's language) and the table of every report, searchable by filters.

import Link from 'next/link';
import { headers } from 'next/headers';
import { NotFoundPlaces } from '@/components/layout/not-found-places';
import { PageShell } from '@/components/layout/page-shell';
import { cachedByDataVersion } from '@/lib/db/cache';
import { listJurisdictions } from '@/lib/db/queries/jurisdiction/list-jurisdictions';
import { commonMessages, withLang } from '@/lib/i18n';
import { langFromHeaders } from '@/lib/i18n/request';
import { placeLabel } from '@/lib/places/english';

const LISTED = 60;

export default async function NotFound() {
  const lang = langFromHeaders(await headers());
  const m = commonMessages[lang];
  // Rendered with every page (Next carries the 404 in each page's payload): read once per data version.
  const places = await cachedByDataVersion('not-found-places', LISTED, () => listJurisdictions({ limit: LISTED })).catch(() => null);
  return (
    <PageShell kicker="404" title={m.notFound.title} lede={m.notFound.body}>
      <p className="flex flex-wrap gap-x-5 gap-y-1">
        <Link href={withLang('/', lang)}>{m.notFound.home}</Link>
        <Link href={withLang('/table', lang)}>{m.notFound.table}</Link>
        <Link href={withLang('/compare', lang)}>{m.notFound.search}</Link>
      </p>
      {places && places.data.length ? (
        <NotFoundPlaces
          title={m.notFound.places}
          places={places.data.map((j) => [withLang(`/j/${j.slug}`, lang), placeLabel(j, lang), j.years.join(' · ')] as const)}
        />
      ) : null}
    </PageShell>
  );
}

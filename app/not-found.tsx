// 404: the address names no page, place or report. It says so and offers the way on: a search box
// for places (English, Chinese or pinyin, opening the place's page), the places held (each a link,
// in the page's language) and the table of every report, searchable by filters.

import { headers } from 'next/headers';
import { NotFoundView } from '@/components/layout/not-found-view';
import { cachedByDataVersion } from '@/lib/db/cache';
import { listJurisdictions } from '@/lib/db/queries/jurisdiction/list-jurisdictions';
import { langFromHeaders } from '@/lib/i18n/request';
import { placeLabel } from '@/lib/places/english';

const LISTED = 60;

export default async function NotFound() {
  const lang = langFromHeaders(await headers());
  // Rendered with every page (Next carries the 404 in each page's payload): read once per data version.
  const places = await cachedByDataVersion('not-found-places', LISTED, () => listJurisdictions({ limit: LISTED })).catch(() => null);
  return <NotFoundView lang={lang} places={(places?.data ?? []).map((j) => [j.slug, placeLabel(j, lang), j.years] as const)} />;
}

// 404: the address names no page, place or report. It says so and offers the way on: a search box
// for places (English, Chinese or pinyin, opening the place's page), the places held (each a link,
// in the page's language) and the table of every report, searchable by filters.

import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { NotFoundView } from '@/components/layout/not-found-view';
import { cachedByDataVersion } from '@/lib/db/cache';
import { listJurisdictions } from '@/lib/db/queries/jurisdiction/list-jurisdictions';
import { commonMessages, pageTitle } from '@/lib/i18n/messages/common';
import { langFromHeaders } from '@/lib/i18n/request';
import { placeLabel } from '@/lib/places/english';

const LISTED = 60;

/** An address that names no page gets the title in its language (a missing place or report keeps its page's own). */
export async function generateMetadata(): Promise<Metadata> {
  const lang = langFromHeaders(await headers());
  return { title: pageTitle(commonMessages[lang].notFound.title, lang), robots: { index: false } };
}

export default async function NotFound() {
  const lang = langFromHeaders(await headers());
  // Rendered with every page (Next carries the 404 in each page's payload): read once per data version.
  const places = await cachedByDataVersion('not-found-places', LISTED, () => listJurisdictions({ limit: LISTED })).catch(() => null);
  return <NotFoundView lang={lang} places={(places?.data ?? []).map((j) => [j.slug, placeLabel(j, lang), j.years] as const)} />;
}

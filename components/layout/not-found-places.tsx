// The places a 404 page offers. A client component although it has no state: Next carries the root
// 404 page in the RSC payload of every page (for a notFound() during navigation), so its list travels
// as compact props (path, label, years) instead of as a rendered element tree.
'use client';

import Link from 'next/link';

/** A place as the list draws it: its link, its label and its years (joined). */
export type NotFoundPlace = readonly [href: string, label: string, years: string];

export function NotFoundPlaces({ title, places }: { title: string; places: readonly NotFoundPlace[] }) {
  return (
    <section className="mt-8" data-testid="not-found-places">
      <h2 className="mb-2 text-base font-semibold">{title}</h2>
      <ul className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2 lg:grid-cols-3">
        {places.map(([href, label, years]) => (
          <li key={href}>
            <Link href={href}>{label}</Link>
            <span className="ml-2 text-xs text-ink-mute">{years}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

// The <title>, description and link-preview tags of a page: the title in the page's language, and,
// when the public address is known (lib/http/public-origin.ts), the canonical link and an Open
// Graph / Twitter card whose image draws the page's own view. Without a trusted address the card
// carries no links at all rather than a host the request made up (or localhost).

import 'server-only';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { publicOrigin } from '@/lib/http/public-origin';
import { commonMessages, type Lang } from '@/lib/i18n';
import { pageTitle } from '@/lib/i18n/messages/common';

export interface PreviewInput {
  title: string | null;
  description: string;
  lang: Lang;
  /** Path and query of the page (/compare?…). */
  path: string;
  /** Path and query of its 1200×630 image (/api/compare/preview.png?…), with the image's alt text. */
  image: { path: string; alt: string };
}

export async function previewMetadata({ title, description, lang, path, image }: PreviewInput): Promise<Metadata> {
  const origin = publicOrigin(await headers());
  const shown = title ?? commonMessages[lang].siteName;
  const base: Metadata = { title: pageTitle(title, lang), description };
  if (!origin) return { ...base, openGraph: { title: shown, description, type: 'website', siteName: commonMessages[lang].siteName } };
  const picture = { url: `${origin}${image.path}`, width: 1200, height: 630, alt: image.alt };
  return {
    ...base,
    alternates: { canonical: `${origin}${path}` },
    openGraph: {
      title: shown,
      description,
      type: 'website',
      url: `${origin}${path}`,
      siteName: commonMessages[lang].siteName,
      images: [picture],
    },
    twitter: { card: 'summary_large_image', title: shown, description, images: [picture.url] },
  };
}

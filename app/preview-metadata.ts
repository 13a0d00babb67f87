// The <title>, description and link-preview tags of a page: the title in the page's language, and,
// when the public address is known (lib/http/public-origin.ts), the canonical link and an Open
// Graph / Twitter card whose image draws the page's own view. Without a trusted address the card
// carries no links at all rather than a host the request made up (or localhost).

import 'server-only';
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { chartNames } from '@/components/charts/chart-kinds';
import { PREVIEW_ROWS } from '@/components/charts/chart-previews';
import { viewSubtitle, viewTitle } from '@/lib/compare/describe-view';
import { viewWarnings } from '@/lib/compare/notice-text';
import type { CompareData } from '@/lib/compare/types';
import { publicOrigin } from '@/lib/http/public-origin';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { compareQueryString, DEFAULT_VIEW, type CompareView } from '@/lib/view-state';
import { loadCompareView } from './compare/load-compare-view';
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

/**
 * The preview of a compare view (the compare page and its embed): the view's title, a description
 * that says what the page warns about (places without a report, single-office reports), and the
 * image of its own chart, whose alt text names the places it draws in full (the image may cut them).
 */
export function comparePreview(data: CompareData, pagePath: string): PreviewInput {
  const lang = data.view.lang;
  const m = compareMessages[lang];
  const title = viewTitle(data, lang);
  const query = compareQueryString(data.view);
  const names = chartNames(data, lang);
  const listed = names.slice(0, PREVIEW_ROWS);
  return {
    title,
    description: [viewSubtitle(data, lang), ...viewWarnings(data, lang)].join(lang === 'zh' ? '。' : '. '),
    lang,
    path: `${pagePath}${query}`,
    image: {
      path: `/api/compare/preview.png${query}`,
      alt: `${m.previewAlt(title)}${listed.length ? m.previewNames(listed.join(lang === 'zh' ? '、' : '; '), names.length - listed.length) : ''}`,
    },
  };
}

/**
 * The preview of a page that is not a compare view (home, a place, a report, the table): the image
 * and alt text of the compare view that pictures it, with the page's own title, description and
 * address; the view's warnings join the description.
 */
export async function pagePreview(
  page: Pick<PreviewInput, 'title' | 'description' | 'path'>,
  view: Partial<CompareView> & Pick<CompareView, 'lang'>,
): Promise<PreviewInput> {
  const { data } = await loadCompareView(new URLSearchParams(compareQueryString({ ...DEFAULT_VIEW, ...view })));
  const lang = view.lang;
  return {
    ...page,
    lang,
    description: [page.description, ...viewWarnings(data, lang)].join(lang === 'zh' ? '' : ' '),
    image: comparePreview(data, '').image,
  };
}

// Pages in a language, and a bundled report's id (ids depend on the load order of the throwaway database).
import type { Page } from '@playwright/test';

/** The id of `slug`'s report for `year` in the bundled data. */
export async function reportId(page: Page, slug: string, year: number): Promise<number> {
  const answer = await page.request.get('/api/reports?limit=100');
  const body = (await answer.json()) as { data: { id: number; year: number; jurisdiction: { slug: string } }[] };
  const report = body.data.find((r) => r.jurisdiction.slug === slug && r.year === year);
  if (!report) throw new Error(`no ${slug} ${year} report in the bundled data`);
  return report.id;
}

/** `path` in `lang` (Chinese needs no parameter). */
export function withLang(path: string, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? path : `${path}${path.includes('?') ? '&' : '?'}lang=en`;
}

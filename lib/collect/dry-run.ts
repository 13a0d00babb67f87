// A look before collecting (the /ingest page's "add by address"): for each address, what robots.txt
// says, what the page is (a column, an article, a document), and the reports it would lead to, with
// their years and document types — for a column, from its first pages (at most `maxPages`, the
// pause between each two requests). Nothing stored: collecting is the frontier's job.
import type { DryRunEntry } from '../domain/collect';
import { checkUrl } from './address';
import { documentExtension, pageRole, yearOf } from './classify';
import type { Fetcher } from './fetch';
import { readFetched } from './page';
import { robotsRules } from './robots';

function typeOf(url: string, contentType: string | null): string {
  return (
    documentExtension(url) ?? (/pdf/i.test(contentType ?? '') ? 'pdf' : /word|officedocument/i.test(contentType ?? '') ? 'doc' : 'html')
  );
}

export type { DryRunEntry, DryRunReport } from '../domain/collect';

/** Pages of a column a preview reads at most (the pause between each two: 10 s at the default pause). */
export const PREVIEW_PAGES = 10;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function dryRun(url: string, fetcher: Fetcher, pauseMs: number, maxPages = PREVIEW_PAGES): Promise<DryRunEntry> {
  const entry: DryRunEntry = {
    url,
    error: null,
    robots: null,
    kind: null,
    title: '',
    pages: 0,
    pagesRead: 0,
    reports: [],
    unreadLists: [],
  };
  let origin: string;
  try {
    origin = checkUrl(url).origin;
  } catch (e) {
    return { ...entry, error: { code: (e as { code?: string }).code ?? 'BAD_URL', message: (e as Error).message } };
  }
  const robots = await fetcher({ url: `${origin}/robots.txt` });
  if (!robots.ok && robots.status === null) return { ...entry, error: { code: robots.code, message: robots.message } };
  const status = robots.ok ? robots.status : robots.status!;
  const rules = robotsRules(origin, status, robots.ok ? new TextDecoder().decode(robots.body) : '');
  if (status >= 500) return { ...entry, robots: 'unavailable' };
  if (rules.forbidsAll) return { ...entry, robots: 'site_forbidden' };
  if (!rules.isAllowed(url)) return { ...entry, robots: 'forbidden' };
  entry.robots = 'allowed';
  await pause(pauseMs);
  const page = await fetcher({ url });
  if (!page.ok) return { ...entry, error: { code: page.code, message: page.message } };
  const first = readFetched(page, page.finalUrl);
  if (!first)
    return { ...entry, kind: 'document', reports: [{ url, title: '', year: null, type: typeOf(page.finalUrl, page.contentType) }] };
  const contents = first.contents;
  const role = pageRole(contents, [url, page.finalUrl], first.data ? 'column' : null);
  entry.title = contents.title;
  if (role.kind === 'column') {
    entry.kind = 'column';
    // Reports robots.txt forbids are left out: collecting will not fetch them.
    const reports = new Map(role.reportLinks.filter((l) => rules.isAllowed(l.url)).map((l) => [l.url, l]));
    // The column's other pages, in the order found, as far as the preview goes (same site, allowed).
    const pages = [page.finalUrl, ...role.pages];
    const unread = new Set(role.unread);
    const read = new Set([url, page.finalUrl]);
    entry.pagesRead = 1;
    for (const next of pages) {
      if (entry.pagesRead >= maxPages) break;
      if (read.has(next) || new URL(next).origin !== origin || !rules.isAllowed(next)) continue;
      read.add(next);
      await pause(pauseMs);
      const more = await fetcher({ url: next });
      const list = more.ok && readFetched(more, page.finalUrl);
      if (!more.ok || !list) continue;
      entry.pagesRead++;
      const other = pageRole(list.contents, [next, more.finalUrl], 'column');
      if (other.kind !== 'column') continue;
      for (const u of other.unread) unread.add(u);
      for (const l of other.reportLinks) if (!reports.has(l.url) && rules.isAllowed(l.url)) reports.set(l.url, l);
      for (const p of other.pages) if (!pages.includes(p)) pages.push(p);
    }
    entry.pages = new Set(pages).size;
    entry.unreadLists = [...unread];
    entry.reports = [...reports.values()].map((l) => ({ url: l.url, title: l.title, year: yearOf(l.title), type: typeOf(l.url, null) }));
    return entry;
  }
  entry.kind = 'article';
  const year = yearOf(contents.title);
  // The page itself when it is (also) the report; its attachments (unreadable ones by their type:
  // xlsx, zip… are shown but not collected); the frame of an empty shell.
  entry.reports = [
    ...(role.readSelf ? [{ url, title: contents.title, year, type: 'html' }] : []),
    ...[...role.attachments, ...role.unread].map((l) => ({
      url: l.url,
      title: l.title || contents.title,
      year: yearOf(l.title) ?? year,
      type: l.type,
    })),
    ...role.frames.map((f) => ({ url: f, title: contents.title, year, type: 'html' })),
  ];
  return entry;
}

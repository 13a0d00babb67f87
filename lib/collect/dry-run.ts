// A look before collecting (the /ingest page's "add by address"): for each address, what robots.txt
// says, what the page is (a column, an article, a document), and the reports it would lead to, with
// their years and document types. Two requests per address at most (robots.txt, then the page,
// the pause between), nothing stored: collecting is the frontier's job.
import type { DryRunEntry } from '../domain/collect';
import { decodeText } from '../extract/decode';
import { declaredCharset } from '../extract/html';
import { charsetOf } from '../ingest';
import { checkUrl } from './address';
import { documentExtension, pageRole, readPage, yearOf } from './classify';
import type { Fetcher } from './fetch';
import { robotsRules } from './robots';

function typeOf(url: string, contentType: string | null): string {
  return (
    documentExtension(url) ?? (/pdf/i.test(contentType ?? '') ? 'pdf' : /word|officedocument/i.test(contentType ?? '') ? 'doc' : 'html')
  );
}

export type { DryRunEntry, DryRunReport } from '../domain/collect';

export async function dryRun(url: string, fetcher: Fetcher, pauseMs: number): Promise<DryRunEntry> {
  const entry: DryRunEntry = { url, error: null, robots: null, kind: null, title: '', pages: 0, reports: [] };
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
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const page = await fetcher({ url });
  if (!page.ok) return { ...entry, error: { code: page.code, message: page.message } };
  const type = typeOf(page.finalUrl, page.contentType);
  if (type !== 'html') return { ...entry, kind: 'document', reports: [{ url, title: '', year: null, type }] };
  const html = decodeText(page.body, charsetOf(page.contentType) ?? declaredCharset(page.body)).text;
  const contents = readPage(html, page.finalUrl);
  const role = pageRole(contents, [url, page.finalUrl], null);
  entry.title = contents.title;
  if (role.kind === 'column') {
    entry.kind = 'column';
    entry.pages = role.pages.length;
    entry.reports = role.reportLinks.map((l) => ({ url: l.url, title: l.title, year: yearOf(l.title), type: typeOf(l.url, null) }));
    return entry;
  }
  entry.kind = 'article';
  entry.reports = role.attachments.length
    ? role.attachments.map((l) => ({
        url: l.url,
        title: l.title || contents.title,
        year: yearOf(l.title) ?? yearOf(contents.title),
        type: typeOf(l.url, null),
      }))
    : [{ url, title: contents.title, year: yearOf(contents.title), type: 'html' }];
  return entry;
}

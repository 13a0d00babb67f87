// The preview of script-written columns (no database): the reports a column's list endpoints give,
// its endpoint pages counted as its pages, and the lists it cannot read named with why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dryRun } from './dry-run';
import { createFetcher, DEFAULT_FETCHER, type Fetcher } from './fetch';
import { addScriptedPatterns, SCRIPTED } from './testing/scripted';
import { PATTERN_HOST, startFixtureSite, type FixtureSite } from './testing/site';

let site: FixtureSite;
let fetcher: Fetcher;
beforeAll(async () => {
  site = await startFixtureSite();
  addScriptedPatterns(site);
  fetcher = createFetcher({
    ...DEFAULT_FETCHER,
    userAgent: 'Mozilla/5.0 (compatible; GovReportsCollector/1.0; tests)',
    resolver: site.resolver,
    policy: { allowLoopback: true },
  });
});
afterAll(() => site?.close());

const at = (p: string) => `http://${PATTERN_HOST}:${site.port}${p}`;

describe('the preview of a column whose list is written by scripts', () => {
  it('reads the JSON API’s pages: its reports with years and types, the look-alike left out', async () => {
    const entry = await dryRun(at(SCRIPTED.api.column), fetcher, 0);
    expect(entry).toMatchObject({ kind: 'column', error: null, robots: 'allowed', pages: 3, pagesRead: 3, unreadLists: [] });
    // (The site menu's year-less link to the 年报 column is listed as the page finds it, without a year.)
    expect(entry.reports.map((r) => [r.year, r.type, r.url])).toEqual([
      [null, 'html', at('/xxgk/ndbg/index.html')],
      [2020, 'html', at('/zfxxgk/ndbg/202102/t20210202_1.html')],
      [2023, 'pdf', at(SCRIPTED.api.pdf)],
    ]);
  });

  it('says which lists cannot be read, and why, when it finds no report', async () => {
    const entry = await dryRun(at(SCRIPTED.unreadable), fetcher, 0);
    expect(entry).toMatchObject({ kind: 'column', reports: [], pagesRead: 1 });
    expect(entry.unreadLists.map((u) => u.replace(/ \(.*$/, ''))).toEqual([
      'a list asked from another host, api.other-gov.test',
      'a list address built at run time',
    ]);
  });
});

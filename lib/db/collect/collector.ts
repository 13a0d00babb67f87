// A collector: claims addresses from the frontier, fetches each politely (robots.txt, the host's
// pause, the fetcher's limits), and does what the page is: a column's list page gives its report
// links and other pages; an article gives its attachments, or is itself the report; a document is
// read and stored through the one ingest step (lib/db/ingest's ingestBytes, with the source's web
// facts). Several collectors (processes, machines) may run against one database.
import { isResourceRefusal, type SourceFacts } from '../../ingest';
import { documentExtension, pageRole, yearOf, type Attachment } from '../../collect/classify';
import { readFetched } from '../../collect/page';
import { type FetchFailure, type Fetcher, type FetchOutcome, type FetchSuccess } from '../../collect/fetch';
import { hostPauseMs, robotsAnswer, robotsAnswered, robotsRules, robotsStale, type RobotsRules } from '../../collect/robots';
import type pg from 'pg';
import type { PageImage } from '../../ocr/types';
import type { IngestResult } from '../ingest';
import { claim, complete, markSources, releaseHost, type ClaimedUrl, type Completion, type NewUrl } from './frontier';
import { fetchPageImages } from './images';

export interface CollectorOptions {
  pool: pg.Pool;
  fetcher: Fetcher;
  /** Reads and stores one document (ingestBytes with the collector's reader); `fetchImages` fetches a
   * report page's images (those where its tables probably are) for recognition. */
  ingest(
    bytes: Uint8Array,
    fileName: string,
    facts: SourceFacts,
    fetchImages: (srcs: string[]) => Promise<PageImage[]>,
  ): Promise<IngestResult>;
  /** Pause between two requests to one host, across all collectors (default 1 s; a longer Crawl-delay wins). */
  pauseMs: number;
  /** How long a claim holds before another collector may take the address (longer than a fetch and a read). */
  leaseMs: number;
  /** Tries of an address before it is failed (timeouts, 429, 5xx, reading that ran out of time). */
  maxAttempts: number;
  /** First retry's delay; doubled each time; Retry-After wins when longer. */
  retryBaseMs: number;
  /** robots.txt is asked again after this long (default 24 h). */
  robotsTtlMs: number;
  /** Links followed from one article (attachments). */
  maxAttachments: number;
  /** Called with each visit's result. */
  onVisit?(visit: Visit): void;
}

export const COLLECTOR_DEFAULTS = {
  pauseMs: 1000,
  leaseMs: 5 * 60_000,
  maxAttempts: 4,
  retryBaseMs: 30_000,
  robotsTtlMs: 24 * 3600_000,
  maxAttachments: 20,
} as const;

/** What one visit did, for progress lines and summaries. */
export interface Visit {
  url: string;
  kind: ClaimedUrl['kind'];
  /** saved | merged | unchanged | queued (a scan, recognition queued) | list | article | not_modified | refused | not_report | robots | retry | failed | gone | robots_fetched */
  outcome: string;
  reportId?: number | null;
  reasonCode?: string | null;
  reason?: string | null;
  /** New addresses it added to the frontier. */
  discovered: number;
  /** false: the lease was lost (it ran out and another collector took the address): nothing written. */
  written: boolean;
}

/** Why a page whose report is attached only in a form the reader cannot read was not read. */
function unreadReason(unread: Attachment[]): string {
  return `the report is attached only as ${[...new Set(unread.map((a) => `.${a.type}`))].join(', ')} (${unread
    .slice(0, 3)
    .map((a) => a.url)
    .join(' ')}), which is not read: upload a PDF or Word copy`;
}

/** What an address found on a page is known to be; a given one (seed) is looked at. */
const KNOWN_ROLE = { seed: null, list: 'column', article: 'article', document: 'article' } as const;

const NOT_A_REPORT_CODES = new Set(['NOT_A_REPORT', 'EMPTY_INPUT', 'EMPTY']);

const TYPE_EXTENSIONS: [RegExp, string][] = [
  [/pdf/i, 'pdf'],
  [/openxmlformats-officedocument\.wordprocessingml/i, 'docx'],
  [/msword|ms-word|wps/i, 'doc'],
  [/html/i, 'html'],
  [/text\/plain/i, 'txt'],
];

/** The file name ingest is given: the address's last segment, with an extension from the Content-Type when it has none. */
export function fileNameOf(url: string, contentType: string | null): string {
  const last = decodeURIComponent(new URL(url).pathname.split('/').pop() || '') || 'index';
  if (/\.[a-z0-9]{2,5}$/i.test(last) && !/\.(s?html?|jsp|aspx?|php)$/i.test(last)) return last;
  const ext = TYPE_EXTENSIONS.find(([re]) => re.test(contentType ?? ''))?.[1] ?? 'html';
  return `${last.replace(/\.[a-z0-9]{2,5}$/i, '')}.${ext}`;
}

export class Collector {
  constructor(private readonly o: CollectorOptions) {}

  /** Claims and visits one address; null when none can be claimed now (waitMs: when to ask again; null: nothing left). */
  async step(seedIds: number[] | null): Promise<{ visit: Visit } | { visit: null; waitMs: number | null }> {
    const c = await claim(this.o.pool, this.o.leaseMs, seedIds);
    if (!c.claimed) return { visit: null, waitMs: c.waitMs };
    const claimed = c.claimed;
    const completion = await this.visit(claimed);
    const { written, discovered } = await complete(this.o.pool, claimed, completion);
    const visit: Visit = {
      url: claimed.url,
      kind: claimed.kind,
      outcome: completion.outcome,
      reportId: completion.reportId,
      reasonCode: completion.reasonCode,
      reason: completion.reason,
      discovered,
      written,
    };
    this.o.onVisit?.(visit);
    return { visit };
  }

  /** Runs until nothing is left to do for these seeds (all of the frontier when null), or `signal` aborts. */
  async run(seedIds: number[] | null, signal?: AbortSignal): Promise<void> {
    while (!signal?.aborted) {
      const r = await this.step(seedIds);
      if (r.visit) continue;
      if (r.waitMs === null) return;
      await sleep(Math.min(Math.max(r.waitMs, 5), 1000), signal);
    }
  }

  private async visit(claimed: ClaimedUrl): Promise<Completion> {
    const o = this.o;
    const robots = claimed.robots;
    const origin = new URL(claimed.url).origin;
    if (robotsStale(robots, o.robotsTtlMs)) {
      // robots.txt is this turn's request; the address goes back to the queue for the next turn.
      const r = await o.fetcher({ url: `${origin}/robots.txt` });
      // No robots.txt for a reason that is the whole site's (a firewall's challenge, a certificate,
      // an address refused): the address is failed with that reason, robots.txt kept as unavailable.
      if (!r.ok && !r.transient && (r.status === null || r.code === 'JS_CHALLENGE'))
        return {
          state: 'failed',
          outcome: 'failed',
          reasonCode: r.code,
          reason: r.message,
          hostPauseMs: o.pauseMs,
          robots: { text: '', status: 0 },
        };
      return { state: 'queued', refundAttempt: true, outcome: 'robots_fetched', hostPauseMs: o.pauseMs, robots: robotsAnswer(r) };
    }
    const rules = robotsRules(origin, robots.status ?? 0, robots.text ?? '');
    if (!robotsAnswered(robots.status))
      return this.retry(
        claimed,
        { code: 'ROBOTS_UNAVAILABLE', message: `robots.txt could not be read (${robots.status || 'no answer'})` },
        0,
      );
    if (!rules.isAllowed(claimed.url))
      return { state: 'robots', outcome: 'robots', reasonCode: 'ROBOTS', reason: 'robots.txt forbids this address', hostPauseMs: 0 };
    const pause = hostPauseMs(rules, o.pauseMs);

    const fetched = await o.fetcher({
      url: claimed.url,
      etag: claimed.etag,
      lastModified: claimed.lastModified,
      validatorsUrl: claimed.finalUrl,
    });
    // The host is free for its next request once the pause has passed, while this one is read.
    await releaseHost(o.pool, claimed.host, Math.max(pause, (!fetched.ok && fetched.retryAfterMs) || 0));
    return { ...(await this.fetched(claimed, fetched, pause, rules)), hostReleased: true };
  }

  private async fetched(claimed: ClaimedUrl, fetched: FetchOutcome, pause: number, rules: RobotsRules): Promise<Completion> {
    const o = this.o;
    if (!fetched.ok) return this.fetchFailed(claimed, fetched, pause);
    const common = {
      httpStatus: fetched.status,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      fetchedAt: fetched.fetchedAt,
      finalUrl: fetched.finalUrl,
      hostPauseMs: pause,
    };
    if (fetched.status === 304) {
      await markSources(o.pool, claimed.url, true);
      return { ...common, state: 'done', outcome: 'not_modified' };
    }
    // The page a document was found on (an attachment's article, a frame's page) dates it, unless
    // the page read is the report and shows a date of its own.
    let pagePublishedOn = claimed.pagePublishedOn;
    let discovered: NewUrl[] = [];
    let unread: Attachment[] = [];
    // A list endpoint's data is written into the column's page it was found on: its links and
    // next pages are that page's (the source keeps the page a reader would open, not the JSON).
    const listPage = claimed.kind === 'list' ? (claimed.foundOn ?? claimed.url) : claimed.kind === 'seed' ? claimed.url : null;
    const page = claimed.kind === 'document' ? null : readFetched(fetched, listPage);
    if (page) {
      const foundOn = page.data ? listPage : claimed.url;
      const { contents } = page;
      pagePublishedOn = contents.publishedOn ?? pagePublishedOn;
      const role = pageRole(contents, [claimed.url, fetched.finalUrl], page.data ? 'column' : KNOWN_ROLE[claimed.kind]);
      if (role.kind === 'column') {
        discovered = [
          ...role.reportLinks.map(
            (l) =>
              ({
                url: l.url,
                kind: documentExtension(l.url) ? 'document' : 'article',
                foundOn,
                title: l.title,
                pagePublishedOn: l.date ?? null,
              }) as const,
          ),
          ...role.pages.map((url) => ({ url, kind: 'list', foundOn }) as const),
        ];
        // A list its scripts load that cannot be followed is said; as a failure when the page lists
        // nothing else (no year's report, no other page: a year-less link is the column's name in a menu).
        const unread = role.unread.length ? { reasonCode: page.data ? 'LIST_UNREAD' : 'SCRIPT_LIST', reason: role.unread.join('; ') } : {};
        const listed = role.pages.length > 0 || role.reportLinks.some((l) => yearOf(l.title) !== null);
        // An endpoint's data of no known shape may be another list of the page (not a failure of the run); a page's list is.
        if (!listed && role.unread.length && page.data) return { ...common, ...unread, state: 'not_report', outcome: 'not_report' };
        if (!listed && role.unread.length) return { ...common, ...unread, state: 'failed', outcome: 'failed', discovered };
        return { ...common, ...unread, state: 'done', outcome: 'list', discovered };
      }
      // The text around an attachment link is not the report: the attachments are (and the page
      // too when its own tables are the report); an empty shell's report is in its frame.
      discovered = [
        ...role.attachments
          .slice(0, o.maxAttachments)
          .map((l) => ({ url: l.url, kind: 'document', foundOn: claimed.url, title: l.title, pagePublishedOn }) as const),
        ...role.frames.map((url) => ({ url, kind: 'article', foundOn: claimed.url, title: claimed.title, pagePublishedOn }) as const),
      ];
      unread = role.unread;
      if (!role.readSelf && discovered.length) return { ...common, state: 'done', outcome: 'article', discovered };
      if (!role.readSelf)
        return { ...common, state: 'not_report', outcome: 'not_report', reasonCode: 'ATTACHMENT_UNREAD', reason: unreadReason(unread) };
    }
    const images = { base: page?.contents.base ?? fetched.finalUrl, rules };
    const read = await this.read(claimed, fetched, pagePublishedOn, common, images);
    // A report read from the page: its attachments are other copies (sources) of it, still fetched.
    if (read.outcome === 'not_report' && unread.length) read.reason = `${read.reason}; ${unreadReason(unread)}`;
    return { ...read, discovered };
  }

  private async read(
    claimed: ClaimedUrl,
    fetched: FetchSuccess,
    pagePublishedOn: string | null,
    common: Partial<Completion> & { hostPauseMs: number },
    images: { base: string; rules: RobotsRules },
  ): Promise<Completion> {
    const facts: SourceFacts = {
      contentType: fetched.contentType,
      pageUrl: claimed.kind === 'document' ? (claimed.foundOn ?? claimed.url) : claimed.url,
      documentUrl: claimed.url,
      fetchedAt: fetched.fetchedAt,
      etag: fetched.etag,
      lastModified: fetched.lastModified,
      pagePublishedOn,
    };
    const fetchImages = (srcs: string[]) =>
      fetchPageImages(
        {
          pool: this.o.pool,
          fetcher: this.o.fetcher,
          host: claimed.host,
          rules: images.rules,
          pauseMs: common.hostPauseMs,
          holdMs: this.o.leaseMs,
          robotsTtlMs: this.o.robotsTtlMs,
        },
        images.base,
        srcs,
      );
    const result = await this.o.ingest(
      fetched.body,
      fetched.fileName ?? fileNameOf(fetched.finalUrl, fetched.contentType),
      facts,
      fetchImages,
    );
    if (result.status === 'refused') {
      const reason = { code: result.code, message: result.message.en };
      if (isResourceRefusal(result.code)) return this.retry(claimed, reason, common.hostPauseMs);
      const state = NOT_A_REPORT_CODES.has(result.code) ? 'not_report' : 'failed';
      return {
        ...common,
        state,
        outcome: state === 'not_report' ? 'not_report' : 'refused',
        reasonCode: reason.code,
        reason: reason.message,
      };
    }
    // A scan: the OCR worker stores the report later, with these web facts; the visit is done.
    if (result.status === 'queued')
      return {
        ...common,
        state: 'done',
        outcome: 'queued',
        reasonCode: 'OCR_QUEUED',
        reason: `text recognition: /api/ocr-jobs/${result.jobId}`,
      };
    await markSources(this.o.pool, claimed.url, true);
    return { ...common, state: 'done', outcome: result.status, reportId: result.reportId };
  }

  private async fetchFailed(claimed: ClaimedUrl, f: FetchFailure, pause: number): Promise<Completion> {
    if (f.status === 404 || f.status === 410) {
      // A source held from this address keeps its copy and says since when it is gone.
      await markSources(this.o.pool, claimed.url, false);
      return { state: 'gone', outcome: 'gone', reasonCode: f.code, reason: f.message, httpStatus: f.status, hostPauseMs: pause };
    }
    if (f.transient) return this.retry(claimed, f, Math.max(pause, f.retryAfterMs ?? 0), f.retryAfterMs);
    // A list endpoint its page's script POSTs to, asked with GET, may refuse the method.
    const reason =
      f.status === 405 && claimed.kind === 'list'
        ? `${f.message}: the list takes another method (its page's script POSTs to it); collection asks with GET only`
        : f.message;
    return { state: 'failed', outcome: 'failed', reasonCode: f.code, reason, httpStatus: f.status, hostPauseMs: pause };
  }

  private retry(
    claimed: ClaimedUrl,
    reason: { code: string; message: string },
    pause: number,
    retryAfterMs: number | null = null,
  ): Completion {
    const o = this.o;
    if (claimed.attempts >= o.maxAttempts)
      return {
        state: 'failed',
        outcome: 'failed',
        reasonCode: reason.code,
        reason: `${reason.message} (${claimed.attempts} tries)`,
        hostPauseMs: pause,
      };
    const backoff = o.retryBaseMs * 2 ** (claimed.attempts - 1);
    return {
      state: 'queued',
      outcome: 'retry',
      retryInMs: Math.max(backoff, retryAfterMs ?? 0),
      reasonCode: reason.code,
      reason: reason.message,
      hostPauseMs: pause,
    };
  }
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}

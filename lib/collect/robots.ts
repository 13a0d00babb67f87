// robots.txt, as RFC 9309 reads it: rules from a 2xx answer; a 4xx answer means no rules; a 5xx
// answer or no answer means the whole site is off limits until it is asked again.
import robotsParser from 'robots-parser';
import type { FetchOutcome } from './fetch';

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay for our agent, in ms, when the site sets one. */
  crawlDelayMs: number | null;
  /** The whole site is forbidden to us. */
  forbidsAll: boolean;
}

/** Product token matched against User-agent lines. */
export const ROBOTS_AGENT = 'GovReportsCollector';

/** An unavailable robots.txt (5xx, no answer) is asked again after this long at most. */
const UNAVAILABLE_TTL_MS = 10 * 60_000;

/** Whether /robots.txt answered: 2xx (rules) or 4xx (none); a 5xx or no answer (0, null) is no answer. */
export function robotsAnswered(status: number | null): boolean {
  return status !== null && status > 0 && status < 500;
}

/** Whether a stored robots.txt is to be asked (again): never asked, or older than `ttlMs` (an unavailable one sooner). */
export function robotsStale(stored: { status: number | null; fetchedAt: Date | null }, ttlMs: number, now = Date.now()): boolean {
  const ttl = robotsAnswered(stored.status) ? ttlMs : Math.min(ttlMs, UNAVAILABLE_TTL_MS);
  return stored.fetchedAt === null || now - stored.fetchedAt.getTime() > ttl;
}

/** What a fetch of /robots.txt answered, as stored: its status (0: no answer) and its text (a 2xx's). */
export function robotsAnswer(r: FetchOutcome): { status: number; text: string } {
  return { status: r.ok ? r.status : (r.status ?? 0), text: r.ok ? new TextDecoder().decode(r.body) : '' };
}

/** A host's pause between two requests: ours, or its Crawl-delay when longer. */
export function hostPauseMs(rules: RobotsRules, pauseMs: number): number {
  return Math.max(pauseMs, rules.crawlDelayMs ?? 0);
}

/** status: the HTTP status of /robots.txt, 0 when it could not be fetched. */
export function robotsRules(origin: string, status: number, text: string): RobotsRules {
  if (status >= 400 && status < 500) return { isAllowed: () => true, crawlDelayMs: null, forbidsAll: false };
  if (status < 200 || status >= 300) return { isAllowed: () => false, crawlDelayMs: null, forbidsAll: true };
  const robots = robotsParser(new URL('/robots.txt', origin).href, text);
  const delay = robots.getCrawlDelay(ROBOTS_AGENT);
  return {
    // A URL of another origin is none of this file's business (the caller asks the right one).
    isAllowed: (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false,
    crawlDelayMs: typeof delay === 'number' && delay > 0 ? Math.min(delay, 60) * 1000 : null,
    forbidsAll: robots.isAllowed(new URL('/', origin).href, ROBOTS_AGENT) === false,
  };
}

// robots.txt, as RFC 9309 reads it: rules from a 2xx answer; a 4xx answer means no rules; a 5xx
// answer or no answer means the whole site is off limits until it is asked again.
import robotsParser from 'robots-parser';

export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay for our agent, in ms, when the site sets one. */
  crawlDelayMs: number | null;
  /** The whole site is forbidden to us. */
  forbidsAll: boolean;
}

/** Product token matched against User-agent lines. */
export const ROBOTS_AGENT = 'GovReportsCollector';

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

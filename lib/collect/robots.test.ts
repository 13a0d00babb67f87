// robots.txt as RFC 9309 reads it, for our agent.
import { describe, expect, it } from 'vitest';
import { hostPauseMs, robotsRules, robotsStale } from './robots';

const origin = 'http://www.example-gov.test';

it('obeys the rules for every agent and for ours, with its Crawl-delay', () => {
  const text =
    'User-agent: *\nDisallow: /private/\n\nUser-agent: GovReportsCollector\nDisallow: /private/\nDisallow: /search\nCrawl-delay: 5\n';
  const rules = robotsRules(origin, 200, text);
  expect(rules.isAllowed(`${origin}/xxgk/ndbg/index.html`)).toBe(true);
  expect(rules.isAllowed(`${origin}/private/t9.html`)).toBe(false);
  expect(rules.isAllowed(`${origin}/search?q=年报`)).toBe(false);
  expect(rules.crawlDelayMs).toBe(5000);
  expect(rules.forbidsAll).toBe(false);
});

it('says when the whole site is forbidden', () => {
  const rules = robotsRules(origin, 200, 'User-agent: *\nDisallow: /\n');
  expect(rules.forbidsAll).toBe(true);
  expect(rules.isAllowed(`${origin}/xxgk/ndbg/index.html`)).toBe(false);
});

it('a missing robots.txt (4xx) allows everything; an unavailable one (5xx, none) forbids everything', () => {
  expect(robotsRules(origin, 404, '').isAllowed(`${origin}/a`)).toBe(true);
  expect(robotsRules(origin, 503, '').isAllowed(`${origin}/a`)).toBe(false);
  expect(robotsRules(origin, 0, '').forbidsAll).toBe(true);
});

it('draws the status lines where RFC 9309 does', () => {
  const url = `${origin}/a`;
  for (const status of [400, 401, 404, 410, 499])
    expect(robotsRules(origin, status, 'User-agent: *\nDisallow: /').isAllowed(url), String(status)).toBe(true);
  for (const status of [0, 199, 300, 301, 500, 503, 599])
    expect(robotsRules(origin, status, '').isAllowed(url), String(status)).toBe(false);
  for (const status of [200, 299])
    expect(robotsRules(origin, status, 'User-agent: *\nDisallow: /b').isAllowed(url), String(status)).toBe(true);
  expect(robotsRules(origin, 404, '').forbidsAll).toBe(false);
  expect(robotsRules(origin, 404, '').crawlDelayMs).toBeNull();
  expect(robotsRules(origin, 500, '').crawlDelayMs).toBeNull();
});

it('reads the rules of our own agent before the general ones', () => {
  const rules = robotsRules(origin, 200, 'User-agent: *\nAllow: /\n\nUser-agent: GovReportsCollector\nDisallow: /\n');
  expect(rules.forbidsAll).toBe(true);
  expect(rules.isAllowed(`${origin}/xxgk/`)).toBe(false);
  const others = robotsRules(origin, 200, 'User-agent: SomeBot\nDisallow: /\n');
  expect(others.forbidsAll).toBe(false);
  expect(others.isAllowed(`${origin}/xxgk/`)).toBe(true);
});

it('a Crawl-delay counts only when positive, and at most a minute', () => {
  const delay = (d: string) => robotsRules(origin, 200, `User-agent: *\nCrawl-delay: ${d}\n`).crawlDelayMs;
  expect(delay('0')).toBeNull();
  expect(delay('0.5')).toBe(500);
  expect(delay('120')).toBe(60_000);
  expect(robotsRules(origin, 200, 'User-agent: *\nDisallow:\n').crawlDelayMs).toBeNull();
});

describe('when robots.txt is asked again', () => {
  const now = Date.parse('2026-12-07T12:00:00Z');
  const ago = (ms: number) => new Date(now - ms);
  const day = 24 * 3600_000;
  it('never asked: now; an answer (2xx, 4xx) after the TTL; no answer (5xx, none) after 10 minutes at most', () => {
    expect(robotsStale({ status: null, fetchedAt: null }, day, now)).toBe(true);
    expect(robotsStale({ status: 200, fetchedAt: ago(day - 1) }, day, now)).toBe(false);
    expect(robotsStale({ status: 404, fetchedAt: ago(day + 1) }, day, now)).toBe(true);
    expect(robotsStale({ status: 503, fetchedAt: ago(10 * 60_000 - 1) }, day, now)).toBe(false);
    expect(robotsStale({ status: 503, fetchedAt: ago(10 * 60_000 + 1) }, day, now)).toBe(true);
    expect(robotsStale({ status: 0, fetchedAt: ago(10 * 60_000 + 1) }, day, now)).toBe(true);
    expect(robotsStale({ status: 0, fetchedAt: ago(60_000) }, 30_000, now)).toBe(true);
  });
  it('a pause is ours, or the Crawl-delay when longer', () => {
    const rules = robotsRules('https://x.gov.cn', 200, 'User-agent: *\nCrawl-delay: 3');
    expect(hostPauseMs(rules, 1000)).toBe(3000);
    expect(hostPauseMs(rules, 5000)).toBe(5000);
    expect(hostPauseMs(robotsRules('https://x.gov.cn', 404, ''), 1000)).toBe(1000);
  });
});

// robots.txt as RFC 9309 reads it, for our agent.
import { expect, it } from 'vitest';
import { robotsRules } from './robots';

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

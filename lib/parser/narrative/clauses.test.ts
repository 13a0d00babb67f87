import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReport } from '../testing/expect';
import { digest, textOffset } from './clauses';
import { ACTIVE_ITEMS, APPEALS, APPLICATION_FOLLOWERS, APPLICATIONS, appealOutcomes, RESULTS } from './rules';

const RULES = [
  APPLICATIONS,
  ...APPLICATION_FOLLOWERS,
  ...RESULTS,
  ...APPEALS.map((a) => a.rule),
  ...appealOutcomes('review'),
  ...appealOutcomes('litigation'),
  ACTIVE_ITEMS,
];

const REPORTS = ['seeds', 'reference-text'].flatMap((dir) =>
  readdirSync(new URL(`../../../data/reports/${dir}`, import.meta.url)).map((f) => readReport(`${dir}/${f}`)),
);

const TRICKY = [
  '不予部分公开3件，部分公开2件；不予部分公开4件。部分公开5件',
  '全市新收依申请公开１２ \n件、行政复议1,234\u3000起：尚未审结\n\n7件!主动公开政府信息 88 条?',
  '行政复议 2件行政诉讼3件',
  '12件。新收依申请公开',
  // more figure clauses than a report holds: read whole
  '全市新收依申请公开1件，行政复议2起；'.repeat(1500),
];

/** Each match of the rule as [text offset, matched text]. */
function matches(pattern: RegExp, text: string, offset: (i: number) => number): [number, string][] {
  return [...text.matchAll(pattern)].map((m) => [offset(m.index), m[0]]);
}

describe('the digest of clauses holding figures', () => {
  it('holds every match of every rule that the whole text holds, at the same offsets', () => {
    let found = 0;
    for (const text of [...REPORTS, ...TRICKY]) {
      const d = digest(text);
      expect(d.text.length).toBeLessThanOrEqual(text.length);
      for (const rule of RULES) {
        const whole = matches(rule.pattern, text, (i) => i);
        expect(
          matches(rule.pattern, d.text, (i) => textOffset(d, i)),
          rule.id,
        ).toEqual(whole);
        found += whole.length;
      }
    }
    expect(found).toBeGreaterThan(50);
  });
});

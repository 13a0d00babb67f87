// Large adversarial inputs (a report padded to megabytes with junk that each meta and sentence
// reader searches for): the parser never throws, and the report's own meta and figures come out
// as they do from the report alone. Timing is measured by `npm run bench:parse`, not asserted here.

import { describe, expect, it } from 'vitest';
import { parseReport } from './index';
import { readReport } from './testing/expect';
import type { ParseOutcome, ParseResult } from './types';

const SEED = readReport('seeds/000-fuyang-2020.txt');
const MB = 1_000_000;

/** `unit` repeated to about `chars` characters. */
const junk = (unit: string, chars: number) => unit.repeat(Math.ceil(chars / unit.length));

function ok(outcome: ParseOutcome) {
  expect(outcome.ok).toBe(true);
  if (!outcome.ok) throw new Error(outcome.refusal.code);
  return outcome.result;
}

const alone = ok(parseReport(SEED));

/** Meta without what the signature at the end gives (junk after the report buries it). */
function beforeSignature(meta: ParseResult['meta']) {
  const { publishedOn: _p, issuer: _i, spans, ...rest } = meta;
  const { publishedOn: _ps, issuer: _is, ...kept } = spans;
  return { ...rest, spans: kept };
}

/** Junk after the report: meta (title, period, compiler, scope) and every figure stay as they were. */
const AFTER = {
  'blank lines': '\n',
  spaces: ' ',
  '四、 headings': '四、\n',
  '由…政府 compiling fragments': '由政府',
  '请与 contact fragments': '请与政府',
  '综合全市 scope fragments': '综合全市',
  'period fragments': '2020年1月1日至',
  'application sentences without a full stop': '全市新收依申请公开1件，',
  'outcome sentences': '申请同意公开1件，',
  'appeal sentences': '行政复议公开1件，维持1件，',
};

describe('adversarial inputs of megabytes', () => {
  for (const [name, unit] of Object.entries(AFTER)) {
    it(`the report followed by 2 MB of ${name}`, () => {
      const result = ok(parseReport(SEED + junk(unit, 2 * MB)));
      expect(beforeSignature(result.meta)).toEqual(beforeSignature(alone.meta));
      for (const [key, value] of Object.entries(alone.figures)) {
        if (alone.provenance[key]!.via !== 'narrative') expect(result.figures[key], key).toBe(value);
      }
    });
  }

  it('2 MB of whitespace before the report: the period and the figures are still read', () => {
    const pad = junk(' ', 2 * MB);
    const result = ok(parseReport(pad + SEED));
    expect(result.meta.year).toBe(alone.meta.year);
    expect(result.meta.spans.year).toEqual(alone.meta.spans.year!.map((i) => i + pad.length));
    expect(result.figures).toEqual(alone.figures);
  });

  it('5 MB of one report repeated parses, with the first copy’s meta', () => {
    const result = ok(parseReport(junk(SEED + '\n', 5 * MB)));
    expect(result.meta.body).toBe(alone.meta.body);
    expect(result.meta.year).toBe(alone.meta.year);
    expect(result.meta.spans.body).toEqual(alone.meta.spans.body);
  });

  it('1.6 million lines of 四、 are refused, alone or after a title', () => {
    for (const text of [junk('四、\n', 4.8 * MB), `政府信息公开工作年度报告\n${junk('四、\n', 4.8 * MB)}`]) {
      const outcome = parseReport(text);
      expect(outcome.ok).toBe(false);
    }
  });
});

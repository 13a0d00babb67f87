// Property tests: real reports with their separators changed, page breaks and blank lines
// inserted, or their text mutated never make the parser throw or hang, and never produce a figure
// the text does not hold: every table or sentence figure is the number printed at its span, and
// every inferred figure agrees with the sum it was inferred from.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUM_RELATIONS } from '../figures/checks';
import { figureDef } from '../figures/keys';
import { parseReport } from './index';
import { normalizeText } from './normalize';
import { parseNumber, scaled } from './normalize/numbers';
import { readReport } from './testing/expect';
import type { ParseResult } from './types';

const REPORTS = [
  'seeds/000-fuyang-2020.txt',
  'seeds/001-yiyang-2020.txt',
  'seeds/003-wulanchabu-office-2020.txt',
  'corpus/pingtan_2022.txt',
  'reference-text/hongze_district_2023.txt',
  'reference-text/huaian_city_2024.txt',
].map(readReport);

/** Each run gets a time budget; running out ends the run early, it is not a failure. */
const BUDGET = { numRuns: 60, plugins: [fc.interruptAfterTimeLimit(20_000)] };

const RELATIONS = new Map(SUM_RELATIONS.map((r) => [r.id, r]));
const OTHER_PARTS = (key: string) =>
  ['results.otherNoCorrection', 'results.otherUnpaidFee', 'results.otherMisc'].map((r) => `${r}.${key.split('.').pop()}`);

/** Numbers printed in a fragment, each with the unit scalings a cell may carry; letter-spaced (2 9) too. */
function printedValues(raw: string): number[] {
  const out: number[] = [];
  for (const form of [raw, raw.replace(/(?<=\d)(?: {1,2}|\n | \n)(?=\d)/g, '')]) {
    for (const m of form.matchAll(/[+-]?\d[\d,]*(?:\.\d+)?(?:万元|亿元|万|亿)?/g)) {
      const n = parseNumber(m[0]);
      if (n) for (const e of [0, 4, 8]) out.push(scaled(n, e));
    }
  }
  return out;
}

function assertTraceable(text: string, result: ParseResult): void {
  const norm = normalizeText(text).norm;
  const value = (k: string) => result.figures[k];
  for (const [key, v] of Object.entries(result.figures)) {
    const p = result.provenance[key]!;
    if (v === null) continue;
    // split digits, and printed cells placed in their columns by the sums (a row short of blank cells)
    if (p.via === 'table' || p.rule.endsWith('.split') || p.rule.endsWith('.place')) {
      expect(norm.slice(...p.span!), key).toBe(p.raw);
      expect(printedValues(p.raw!), key).toContain(v);
    } else if (p.via === 'narrative') {
      expect(printedValues(norm.slice(...p.span!)), key).toContain(v);
    } else if (p.basis === 'group-sum') {
      const parts = figureDef(key)?.sumOf ?? OTHER_PARTS(key);
      expect(
        parts.reduce((s, k) => s + (value(k) ?? NaN), 0),
        key,
      ).toBe(v);
    } else {
      const rel = RELATIONS.get(p.basis!)!;
      expect(rel, `${key} basis ${p.basis}`).toBeDefined();
      const sum = (keys: readonly string[]) => keys.reduce((s, k) => s + (value(k) ?? NaN), 0);
      expect(sum(rel.left), `${key} by ${rel.id}`).toBe(sum(rel.right));
    }
  }
}

function check(text: string): void {
  const out = parseReport(text);
  if (out.ok) assertTraceable(text, out.result);
  else expect(['NOT_A_REPORT', 'EMPTY_INPUT']).toContain(out.refusal.code);
}

const report = fc.constantFrom(...REPORTS);

describe('parser properties', () => {
  it('the bundled reports themselves hold only traceable figures', () => {
    for (const t of REPORTS) check(t);
  });

  it('changed cell separators', () => {
    const sep = fc.constantFrom(' ', '\t', ' | ', '|', '  ', '\n', '', ' ｜ ');
    fc.assert(
      fc.property(report, sep, sep, (text, a, b) => {
        check(text.replace(/ \| /g, a).replace(/ \|\n/g, `${b}\n`));
        check(text.replace(/\n(?=[\d+-])/g, a));
      }),
      BUDGET,
    );
  });

  it('page breaks and blank lines inserted', () => {
    const insert = fc.constantFrom('\n- 3 -\n', '\n第 2 页\n', '\n\n\n', '\n3/9\n', '\n\f\n', '\n');
    fc.assert(
      fc.property(report, fc.array(fc.tuple(fc.nat(), insert), { maxLength: 30 }), (text, edits) => {
        const lines = text.split('\n');
        for (const [at, s] of edits) lines.splice(at % (lines.length + 1), 0, s);
        check(lines.join('\n'));
      }),
      BUDGET,
    );
  });

  it('text mutated', () => {
    const ch = fc.constantFrom('0', '7', '|', ' ', '\n', '/', '一', '、', '.', '-', '万元', '(七)总计', '1.属于国家秘密', '９', '（', '，');
    const edit = fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace'), ch, fc.integer({ min: 1, max: 40 }));
    fc.assert(
      fc.property(report, fc.array(edit, { maxLength: 40 }), (text, edits) => {
        let t = text;
        for (const [at, kind, s, len] of edits) {
          const i = at % (t.length + 1);
          if (kind === 'insert') t = t.slice(0, i) + s + t.slice(i);
          else if (kind === 'delete') t = t.slice(0, i) + t.slice(i + len);
          else t = t.slice(0, i) + s + t.slice(i + s.length);
        }
        check(t);
      }),
      BUDGET,
    );
  });

  it('arbitrary strings, and long digit runs inside a table', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 3000 }), (s) => check(s)),
      BUDGET,
    );
    fc.assert(
      fc.property(report, fc.stringMatching(/^[0-9]{5,80}$/), (text, digits) => {
        check(text.replace(/(本年新收政府信息公开申请数量)/, `$1 ${digits} `));
      }),
      BUDGET,
    );
  });

  it('large inputs end (5 MB of repeated reports and noise)', () => {
    const big = `${REPORTS[0]}\n${'9 '.repeat(400_000)}\n${REPORTS.join('\n').repeat(20)}`.slice(0, 5_000_000);
    check(big);
    check('政府信息公开 年度报告 依申请 行政复议\n' + '1|'.repeat(1_000_000));
  });
});

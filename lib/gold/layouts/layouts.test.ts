// Reports of the national format in layouts no gold file has (issue #9): what each layout must
// give, and the property — for any model, layout, variant and up to two damages real pages do,
// every figure the parser prints is the model's, or absent.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../parser';
import { damage, DAMAGE_KINDS } from '../damage';
import { scoreParse } from '../score';
import { inputOf, KEY_FIGURES, scoreRendering } from './evaluate';
import { makeModel } from './model';
import { LAYOUTS, render } from './render';
import { goldOf, scoreUnprinted } from './truth';

const GOLD_SEED = process.env.GOLD_SEED === 'random' ? undefined : Number(process.env.GOLD_SEED ?? 20261208);

const wrongs = (score: ReturnType<typeof scoreRendering>) =>
  score.findings.filter((f) => f.verdict === 'wrong').map((f) => `${f.key}: model ${f.expected}, parser ${f.got}`);
const missing = (score: ReturnType<typeof scoreRendering>) => score.findings.filter((f) => f.verdict === 'missing').map((f) => f.key);

describe('unseen layouts', () => {
  // variants: 0 table 4 as the template, 2 in three rows, 3 with its groups across (transposed);
  // 5 and 14: zeros printed blank, "/" or "—", headings lost, page breaks
  const CASES = [
    [11, '2019', 0],
    [12, '2021', 2],
    [13, '2019', 3],
    [14, '2021', 3],
    [15, '2021', 5],
    [16, '2019', 14],
  ] as const;

  it.each(['html-cms', 'html-word', 'md-pipes', 'md-html', 'docx-tabs'] as const)('%s: every printed figure read', (layout) => {
    for (const [seed, format, at] of CASES) {
      const score = scoreRendering(makeModel(seed, { format, zeroForms: at > 3 }), layout, at);
      expect(wrongs(score)).toEqual([]);
      expect(missing(score)).toEqual([]);
    }
  });

  it.each(['pdf-layout', 'pdf-raw', 'pdfjs-items'] as const)('%s: every key figure read, none wrong', (layout) => {
    for (const [seed, format, at] of CASES) {
      const score = scoreRendering(makeModel(seed, { format }), layout, at);
      expect(wrongs(score)).toEqual([]);
      expect(missing(score).filter((k) => KEY_FIGURES.has(k))).toEqual([]);
    }
  });

  it('pdftotext -layout: blank cells are read by where the numbers stand', () => {
    // seed 25's zeros are printed blank: rows short of cells, placed by the columns of whole rows
    const model = makeModel(25, { format: '2019', zeroForms: true });
    expect(Object.values(model.zeroForms)).toContain('');
    const score = scoreRendering(model, 'pdf-layout', 0);
    expect(wrongs(score)).toEqual([]);
    expect(missing(score)).toEqual([]);
  });

  it('a row printed twice in a Markdown table does not push the rows below it down (property counterexample)', () => {
    const model = makeModel(848659);
    const gold = goldOf(model, 'row printed twice');
    const input = damage(inputOf(render(model, 'md-pipes', 0)), 'row-duplicated', 0, gold.figures)!;
    const outcome = parseReport(input);
    expect(wrongs(scoreUnprinted(model, gold, outcome, scoreParse(gold, outcome)))).toEqual([]);
    expect(outcome.ok && outcome.result.figures['results.granted.total']).toBe(model.table3['results.granted']![6]);
  });

  it('cells run together with blank cells among them: no split is taken when fewer cells fit too (property counterexample)', () => {
    // 1037 343 _ 68 188 0 1636 printed as 10373436818801636: 10|373|4|368|1|880|1636 fits seven cells
    const model = makeModel(312335, { zeroForms: true });
    expect(scoreRendering(model, 'page-text', 0).findings.filter((f) => f.verdict === 'wrong')).toEqual([]);
    const outcome = parseReport(inputOf(render(model, 'page-text', 0)));
    expect(outcome.ok && outcome.result.issues.some((i) => i.code === 'SPLIT_AMBIGUOUS' && i.keys[0] === 'results.granted.natural')).toBe(
      true,
    );
  });

  it("2021's (六) row above its sub-rows is filled only beside its label, never by position (property counterexample)", () => {
    // pdftotext raw with 4.无正当理由大量反复申请 printed twice: the copy once landed on (六) and pushed the rows below
    const model = makeModel(1);
    const gold = goldOf(model, 'row printed twice');
    const input = damage(inputOf(render(model, 'pdf-raw', 0)), 'row-duplicated', 303, gold.figures)!;
    const outcome = parseReport(input);
    expect(model.format).toBe('2021');
    expect(wrongs(scoreUnprinted(model, gold, outcome, scoreParse(gold, outcome)))).toEqual([]);
  });

  it('a copy of a row (same label, same cells) is dropped, not placed on the row below by its label (property counterexample)', () => {
    // pdftotext raw: 二、上年结转… printed twice above (一)予以公开, whose own cells are short (blanks)
    const model = makeModel(52383, { zeroForms: true });
    const gold = goldOf(model, 'row printed twice');
    const input = damage(inputOf(render(model, 'pdf-raw', 0)), 'row-duplicated', 443, gold.figures)!;
    const outcome = parseReport(input);
    expect(wrongs(scoreUnprinted(model, gold, outcome, scoreParse(gold, outcome)))).toEqual([]);
  });

  it.each([
    // a Markdown table whose last row was cut by table 4 printed in pieces: fences still known
    [462925, 'md-pipes', 92, 'table4-pieces', 561],
    // pdftotext -layout with a label moved to a line of its own: its numbers stand in other columns
    [56702, 'pdf-layout', 94, 'row-duplicated', 581],
  ] as const)('property counterexample: model %i in %s @%i with %s', (seed, layout, at, kind, where) => {
    const model = makeModel(seed, { zeroForms: true });
    const gold = goldOf(model, 'counterexample');
    const input = damage(inputOf(render(model, layout, at)), kind, where, gold.figures)!;
    const outcome = parseReport(input);
    expect(wrongs(scoreUnprinted(model, gold, outcome, scoreParse(gold, outcome)))).toEqual([]);
  });

  it.each([
    // pdftotext -layout printing "1." beside the numbers and the label on the line below: a copy of
    // (label, next row's numbers) once put 信访…'s numbers on 补正后… (a "1." row is never a "3." row)
    [497435, 647, [['row-duplicated', 190]]],
    [
      380480,
      387,
      [
        ['ocr-headers', 139],
        ['row-duplicated', 664],
      ],
    ],
    // a number cut after its thousands separator (2, of 2,516) is no number, not 2
    [
      487621,
      553,
      [
        ['table4-short-header', 571],
        ['cell-dropped', 668],
      ],
    ],
  ] as const)('property counterexample: model %i in pdf-layout @%i with %j', (seed, at, steps) => {
    const model = makeModel(seed);
    const gold = goldOf(model, 'counterexample');
    let input = inputOf(render(model, 'pdf-layout', at));
    for (const [kind, where] of steps) input = damage(input, kind, where, gold.figures) ?? input;
    const outcome = parseReport(input);
    expect(wrongs(scoreUnprinted(model, gold, outcome, scoreParse(gold, outcome)))).toEqual([]);
  });

  it('property: any model in any layout, with up to two damages, prints only the model’s figures', () => {
    const text = fc.constantFrom(...LAYOUTS.filter((l) => !l.startsWith('html')));
    const step = fc.tuple(fc.constantFrom(...DAMAGE_KINDS.filter((k) => k !== 'html-label-split')), fc.nat(1000));
    fc.assert(
      fc.property(
        fc.nat(1_000_000),
        fc.boolean(),
        fc.oneof(text, fc.constantFrom('html-cms' as const, 'html-word' as const)),
        fc.nat(1000),
        fc.array(step, { maxLength: 2 }),
        (seed, zeroForms, layout, at, steps) => {
          const model = makeModel(seed, { zeroForms });
          const gold = goldOf(model, 'property');
          let input = inputOf(render(model, layout, at));
          for (const [kind, where] of steps) input = damage(input, kind, where, gold.figures) ?? input;
          const outcome = parseReport(input);
          expect(wrongs(scoreUnprinted(model, gold, outcome, scoreParse(gold, outcome)))).toEqual([]);
        },
      ),
      {
        numRuns: Number(process.env.GOLD_RUNS ?? 200),
        seed: GOLD_SEED,
        plugins: [fc.interruptAfterTimeLimit(Number(process.env.GOLD_MS ?? 20_000))],
      },
    );
  });
});

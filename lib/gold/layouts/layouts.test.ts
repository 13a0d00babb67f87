// Reports of the national format in layouts no gold file has (issue #9): what each layout must
// give, and the property — for any model, layout, variant and up to two damages real pages do,
// every figure the parser prints is the model's, or absent.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReport } from '../../parser';
import { damage, DAMAGE_KINDS } from '../damage';
import { scoreParse } from '../score';
import { inputOf, scoreRendering } from './evaluate';
import { makeModel } from './model';
import { LAYOUTS, render } from './render';
import { goldOf, scoreUnprinted } from './truth';

const GOLD_SEED = process.env.GOLD_SEED === 'random' ? undefined : Number(process.env.GOLD_SEED ?? 20261208);

const wrongs = (score: ReturnType<typeof scoreRendering>) =>
  score.findings.filter((f) => f.verdict === 'wrong').map((f) => `${f.key}: model ${f.expected}, parser ${f.got}`);
const missing = (score: ReturnType<typeof scoreRendering>) => score.findings.filter((f) => f.verdict === 'missing').map((f) => f.key);

describe('unseen layouts', () => {
  it.each(['html-cms', 'html-word', 'md-pipes'] as const)('%s: every printed figure read, in both templates', (layout) => {
    for (const [seed, format] of [
      [11, '2019'],
      [12, '2021'],
    ] as const) {
      // variant 3: table 4 with its groups across and outcomes down
      for (const at of [0, 2, 3]) {
        const score = scoreRendering(makeModel(seed, { format }), layout, at);
        expect(wrongs(score)).toEqual([]);
        expect(missing(score).filter((k) => !k.startsWith('meta.'))).toEqual([]);
      }
    }
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

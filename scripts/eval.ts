// `npm run eval`: the parser's measured accuracy on the gold set (data/gold/, hand-read figures and
// meta of real reports). Prints, per report and in total, figures and meta exact / missing / WRONG
// (wrong counted apart: a wrong number is worse than a blank), by set (development, unseen),
// format, input kind and figure group, then the same reports under each kind of damage real pages
// do (lib/gold/damage.ts), then reports of the national format rendered in the layouts real
// sources produce (lib/gold/layouts/). Exit 1 when any figure or meta field is wrong, else 0.
// `--json <file>` also writes the counts (npm test counts each report and damage kind as a test).

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DAMAGE_NOTES } from '../lib/gold/damage';
import { LAYOUT_NOTES } from '../lib/gold/layouts/render';
import { evaluateTwists, MODELS_PER_TWIST } from '../lib/gold/layouts/evaluate';
import { EXPLORE_KINDS, TWIST_NOTES } from '../lib/gold/layouts/twists';
import { evaluate } from '../lib/gold/evaluate';
import { loadGold } from '../lib/gold/load';
import { readGoldInput } from '../lib/gold/read';
import type { Tally } from '../lib/gold/score';
import { PARSER_VERSION } from '../lib/parser';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt === -1 ? null : args[jsonAt + 1];

const fmt = (t: Tally) => `${String(t.exact).padStart(4)} ${String(t.missing).padStart(4)} ${String(t.wrong).padStart(5)}`;
const HEAD = 'exact miss WRONG';

// scripts/ or, bundled, .cli/: the repository is one level up either way
const root = path.resolve(import.meta.dirname, '..');
const gold = loadGold(root);
const inputs = await Promise.all(gold.map((g) => readGoldInput(g, root)));
const ev = evaluate(inputs);

console.log(`Parser ${PARSER_VERSION}: ${gold.length} gold reports (data/gold/), ${new Date().toISOString().slice(0, 10)}`);
console.log(`\n${'report'.padEnd(34)} ${'set'.padEnd(6)} ${'kind'.padEnd(5)} ${'format'.padEnd(6)}  figures: ${HEAD}   meta: ${HEAD}`);
for (const r of ev.reports) {
  const refused = r.score.refused ? `  REFUSED (${r.score.refused})` : '';
  console.log(
    `${r.id.padEnd(34)} ${r.set.padEnd(6)} ${r.kind.padEnd(5)} ${r.format.padEnd(6)}  ${' '.repeat(9)}${fmt(r.score.figures)}   ${' '.repeat(6)}${fmt(r.score.meta)}${refused}`,
  );
  for (const f of r.score.findings.filter((x) => x.verdict !== 'exact'))
    console.log(`    ${f.verdict === 'wrong' ? 'WRONG  ' : 'missing'} ${f.key}: gold ${f.expected}, parser ${f.got ?? '—'}`);
}

const sum = (rows: Tally[]): Tally =>
  rows.reduce((a, t) => ({ exact: a.exact + t.exact, missing: a.missing + t.missing, wrong: a.wrong + t.wrong }), {
    exact: 0,
    missing: 0,
    wrong: 0,
  });
const totalFigures = sum(ev.reports.map((r) => r.score.figures));
const totalMeta = sum(ev.reports.map((r) => r.score.meta));
console.log(`${'TOTAL'.padEnd(55)}  ${' '.repeat(9)}${fmt(totalFigures)}   ${' '.repeat(6)}${fmt(totalMeta)}`);

const names: Record<string, string> = { dev: 'development set', unseen: 'unseen set' };
for (const [by, map] of Object.entries(ev.by)) {
  console.log(`\nby ${by}: ${' '.repeat(27)}${HEAD}`);
  for (const [k, t] of [...map].sort()) console.log(`  ${(names[k] ?? k).padEnd(34)}${fmt(t)}`);
}

console.log(`\ndamaged variants (figures, then meta; every variant scored against the same gold values):`);
console.log(`  ${'damage'.padEnd(22)} ${'variants'.padStart(8)}  figures: ${HEAD}   meta: ${HEAD}`);
for (const d of ev.damaged) {
  console.log(
    `  ${d.kind.padEnd(22)} ${String(d.variants).padStart(8)}  ${' '.repeat(9)}${fmt(d.figures)}   ${' '.repeat(6)}${fmt(d.meta)}   ${DAMAGE_NOTES[d.kind]}`,
  );
  for (const w of d.wrong.slice(0, 8)) console.log(`      WRONG ${w.report} @${w.at} ${w.key}: gold ${w.expected}, parser ${w.got}`);
  if (d.wrong.length > 8) console.log(`      … ${d.wrong.length - 8} more`);
}
const damagedFigures = sum(ev.damaged.map((d) => d.figures));
const damagedMeta = sum(ev.damaged.map((d) => d.meta));
console.log(
  `  ${'TOTAL'.padEnd(22)} ${String(ev.damaged.reduce((n, d) => n + d.variants, 0)).padStart(8)}  ${' '.repeat(9)}${fmt(damagedFigures)}   ${' '.repeat(6)}${fmt(damagedMeta)}`,
);

interface FamilyRow {
  name: string;
  renderings: number;
  figures: Tally;
  key: Tally;
  meta: Tally;
  note: string;
  wrong?: { seed: string | number; at: string | number; key: string; expected: unknown; got: unknown }[];
}

/** Rendered families (layouts, reworked formats): a row each, its wrong figures, and a total row; returns the totals. */
function printFamilies(title: string, column: string, width: number, rows: FamilyRow[], total = true) {
  console.log(title);
  console.log(`  ${column.padEnd(width)} ${'reports'.padStart(7)}  figures: ${HEAD}   key: ${HEAD}   meta: ${HEAD}`);
  const line = (name: string, renderings: number, figures: Tally, key: Tally, meta: Tally, note = '') =>
    console.log(
      `  ${name.padEnd(width)} ${String(renderings).padStart(7)}  ${' '.repeat(9)}${fmt(figures)}   ${' '.repeat(5)}${fmt(key)}   ${' '.repeat(6)}${fmt(meta)}${note ? `   ${note}` : ''}`,
    );
  for (const r of rows) {
    line(r.name, r.renderings, r.figures, r.key, r.meta, r.note);
    const wrong = r.wrong ?? [];
    for (const w of wrong.slice(0, 8)) console.log(`      WRONG model ${w.seed} @${w.at} ${w.key}: model ${w.expected}, parser ${w.got}`);
    if (wrong.length > 8) console.log(`      … ${wrong.length - 8} more`);
  }
  const totals = { figures: sum(rows.map((r) => r.figures)), key: sum(rows.map((r) => r.key)), meta: sum(rows.map((r) => r.meta)) };
  if (total)
    line(
      'TOTAL',
      rows.reduce((n, r) => n + r.renderings, 0),
      totals.figures,
      totals.key,
      totals.meta,
    );
  return totals;
}

const layouts = printFamilies(
  `\nunseen layouts: reports of the national format (2019 and 2021 templates, made from seeds with their sums holding)\nrendered as real sources print them, scored against the models (lib/gold/layouts/); key: the issue's key figures`,
  'layout',
  12,
  ev.layouts.map((l) => ({ ...l, name: l.layout, note: LAYOUT_NOTES[l.layout] })),
);
const layoutFigures = layouts.figures;
const layoutMeta = layouts.meta;

const twists = printFamilies(
  `\nreworked formats: the same models with the format itself changed as real reports change it (lib/gold/layouts/twists.ts),\nin every layout; scored against what each reworked report prints`,
  'family',
  18,
  ev.twists.map((t) => ({ ...t, name: t.kind, note: TWIST_NOTES[t.kind] })),
);
const twistFigures = twists.figures;
const twistMeta = twists.meta;

if (args.includes('--explore'))
  printFamilies(
    `\nexploratory families (not counted in the verdict: wrong figures still printed):`,
    'family',
    18,
    evaluateTwists(MODELS_PER_TWIST, EXPLORE_KINDS).map((t) => ({ ...t, name: t.kind, note: TWIST_NOTES[t.kind] })),
    false,
  );

const wrong =
  totalFigures.wrong +
  totalMeta.wrong +
  damagedFigures.wrong +
  damagedMeta.wrong +
  layoutFigures.wrong +
  layoutMeta.wrong +
  twistFigures.wrong +
  twistMeta.wrong;
console.log(`\n${wrong === 0 ? 'ok: no wrong figure or meta field' : `FAIL: ${wrong} wrong`}`);
if (jsonFile) {
  const tests = [
    ...ev.reports.map((r) => ({ name: `gold ${r.id}`, ok: r.score.figures.wrong + r.score.meta.wrong === 0 })),
    ...ev.damaged.map((d) => ({ name: `damaged: ${d.kind}`, ok: d.figures.wrong + d.meta.wrong === 0 })),
    ...ev.layouts.map((l) => ({ name: `layout: ${l.layout}`, ok: l.figures.wrong + l.meta.wrong === 0 })),
    ...ev.twists.map((t) => ({ name: `reworked: ${t.kind}`, ok: t.figures.wrong + t.meta.wrong === 0 })),
  ];
  writeFileSync(
    jsonFile,
    JSON.stringify({
      tests,
      figures: totalFigures,
      meta: totalMeta,
      damagedFigures,
      damagedMeta,
      layoutFigures,
      layoutMeta,
      twistFigures,
      twistMeta,
    }),
  );
}
process.exit(wrong === 0 ? 0 : 1);

// The benchmark corpus is only worth its numbers if the parser reads each variant as the generator
// says it is: the body, place, year, scope and every figure, with the tables' sums holding.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../extract';
import { relationsFor } from '../../figures/checks';
import { parseReport } from '../../parser';
import { bundledReportFiles } from '../ingest/bundled';
import { formatOfYear } from './corpus-plan';
import { syntheticReports, type BaseReport, type Generator } from './synthetic-reports';

const root = path.resolve(import.meta.dirname, '../../..');

let candidates: BaseReport[];
let generator: Generator;

beforeAll(async () => {
  candidates = [];
  for (const file of bundledReportFiles(root)) {
    const read = await extractText(new Uint8Array(readFileSync(file)), path.basename(file));
    if (!read.ok) continue;
    const parsed = parseReport(read.text);
    if (parsed.ok) candidates.push({ name: path.basename(file), text: read.text, result: parsed.result });
  }
  generator = syntheticReports(candidates);
});

describe('syntheticReports', () => {
  it('has bases of every format, legacy included', () => {
    for (const format of ['legacy', '2019', '2021']) expect(generator.bases.some((b) => b.endsWith(`(${format})`))).toBe(true);
  });

  it('makes reports the parser reads exactly as the generator says, across the plan', () => {
    const seen = new Set<string>();
    let agency = 0;
    let legacy = 0;
    // Spread over the plan: governments and departments, every year, every base.
    for (let i = 0; i < 240; i++) {
      const v = generator.variant(i * 4_111);
      const parsed = parseReport(v.bytes.toString('utf8'));
      expect(parsed.ok, v.fileName).toBe(true);
      if (!parsed.ok) continue;
      const got = parsed.result;
      const want = v.result;
      const label = `${v.fileName} (${want.meta.body})`;
      expect(got.meta.body, label).toBe(v.slot.body.name);
      expect(got.meta.place, label).toBe(v.slot.body.place);
      expect(got.meta.divisionCode, label).toBe(v.slot.body.division.code);
      expect(got.meta.year, label).toBe(v.slot.year);
      expect(got.meta.scope, label).toBe(v.slot.body.scope);
      expect(got.meta.format, label).toBe(formatOfYear(v.slot.year));
      expect(got.meta).toMatchObject({ body: want.meta.body, place: want.meta.place, year: want.meta.year, scope: want.meta.scope });
      expect(got.figures, label).toEqual(want.figures);
      expect(
        got.issues.filter((x) => x.severity === 'error'),
        label,
      ).toEqual([]);
      for (const r of relationsFor(got.meta.format)) {
        const values = [...r.left, ...r.right].map((k) => got.figures[k]);
        if (values.some((x) => x === null || x === undefined)) continue;
        const sum = (keys: readonly string[]) => keys.reduce((s, k) => s + (got.figures[k] as number), 0);
        expect(sum(r.left), `${label} ${r.id}`).toBe(sum(r.right));
      }
      seen.add(v.bytes.toString('utf8'));
      if (v.slot.body.scope === 'agency') agency++;
      if (got.meta.format === 'legacy') legacy++;
    }
    expect(seen.size).toBe(240);
    expect(agency).toBeGreaterThan(150);
    expect(legacy).toBeGreaterThan(100);
  });

  it('is deterministic: a run of N is the same N reports every time', () => {
    const again = syntheticReports(candidates);
    for (const i of [0, 1, 77_777, 999_999]) expect(again.variant(i).bytes.equals(generator.variant(i).bytes)).toBe(true);
  });

  it('varies the printed numbers of legacy reports, never a figure printed nowhere', () => {
    let changed = 0;
    for (let i = 0; i < 200 && changed < 5; i++) {
      const v = generator.variant(i);
      if (v.result.meta.format !== 'legacy') continue;
      const base = candidates.find((c) => c.name === v.base)!;
      const keys = Object.keys(v.result.figures).filter((k) => v.result.figures[k] !== base.result.figures[k]);
      if (keys.length) changed++;
      for (const k of keys) expect(v.result.provenance[k]?.via).not.toBe('inferred');
    }
    expect(changed).toBe(5);
  });
});

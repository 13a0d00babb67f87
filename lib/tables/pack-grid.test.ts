// Packed grids of real reports unpack to the same model in the page's language, in a fraction of
// the bytes: 洪泽 2024 over 2023 (changes on the previous year), 弋阳 2020 (a blank cell the sums
// fill, notes), 商丘 2017 (legacy: cells not in the format), 平潭 2022 (cells run together: one note
// on every cell of a row).
import { describe, expect, it } from 'vitest';
import type { Lang } from '@/lib/figures/keys';
import { indexReport } from './cells';
import { parsedReport } from './fixtures.test-helpers';
import { packGrid, unpackGrid } from './pack-grid';
import { buildReportModels } from './report-models';
import type { GridModel } from './types';

/** The model with every label and note in one language (what a page in that language draws). */
function inLanguage<T>(value: T, lang: Lang): T {
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, lang)) as T;
  if (value === null || typeof value !== 'object') return value;
  const keys = Object.keys(value);
  if (keys.length === 2 && 'zh' in value && 'en' in value) {
    const text = (value as Record<Lang, string>)[lang];
    return { zh: text, en: text } as T;
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLanguage(v, lang)])) as T;
}

const report = (file: string) => {
  const r = parsedReport(file);
  return { figures: indexReport(r.figures, r.issues), format: r.format };
};

const models = {
  hongze: buildReportModels(report('reference-text/hongze_district_2024.txt'), report('reference-text/hongze_district_2023.txt')),
  yiyang: buildReportModels(report('seeds/001-yiyang-2020.txt'), null),
  shangqiu: buildReportModels(report('seeds/004-shangqiu-2017.txt'), null),
  pingtan: buildReportModels(report('corpus/pingtan_2022.txt'), null),
};

describe('packGrid', () => {
  for (const [name, m] of Object.entries(models))
    for (const table of ['table3', 'table4', 'table2'] as const)
      for (const lang of ['zh', 'en'] as const)
        it(`${name} ${table} (${lang}) unpacks to the model in that language`, () => {
          const model: GridModel = m[table];
          const packed = packGrid(model, lang);
          // Through JSON, as the page sends it.
          expect(unpackGrid(JSON.parse(JSON.stringify(packed)))).toEqual(inLanguage(model, lang));
        });

  it('keeps the change on the previous year apart from "nothing to compare with"', () => {
    const withPrev = unpackGrid(packGrid(models.hongze.table4, 'zh')).rows[0]!.cells.upheld!;
    expect(withPrev.prev).toEqual(expect.any(Number));
    expect('delta' in withPrev).toBe(true);
    const alone = unpackGrid(packGrid(models.yiyang.table3, 'zh')).rows[0]!.cells.total!;
    expect('prev' in alone).toBe(false);
    expect('delta' in alone).toBe(false);
  });

  it("says a note shared by a row's cells once", () => {
    const packed = packGrid(models.pingtan.table3, 'zh');
    const notes = packed.rows.flatMap(function cells(r): string[][] {
      return [
        ...Object.values(r.c).map((c) => (typeof c === 'string' ? [] : (c.n ?? []).map((i) => packed.texts[i]!))),
        ...(r.sub ?? []).flatMap(cells),
      ];
    });
    const said = notes.flat();
    expect(said.length).toBeGreaterThan(new Set(said).size);
    expect(packed.texts.length).toBe(new Set(packed.texts).size);
  });

  it('sends a cell with nothing but its status as that status', () => {
    // 商丘 2017 is a legacy report: its table 3 has cells the 2019 format has and it does not.
    const packed = packGrid(models.shangqiu.table3, 'zh');
    const cells = packed.rows.flatMap(function all(r): (string | object)[] {
      return [...Object.values(r.c), ...(r.sub ?? []).flatMap(all)];
    });
    expect(cells).toContain('notInFormat');
    // Only cells with nothing else to say: a value, a note, a span or a change keeps the cell whole.
    const model = models.shangqiu.table3.rows.flatMap(function all(r): GridModel['rows'][number]['cells'][string][] {
      return [...Object.values(r.cells), ...(r.subRows ?? []).flatMap(all)];
    });
    const bare = model.filter((c) => c.value === null && c.raw === null && c.basis === null && c.span === null && !c.notes.length);
    expect(cells.filter((c) => typeof c === 'string')).toHaveLength(
      bare.filter((c) => c.prev === undefined && c.delta === undefined).length,
    );
  });

  it('takes under half the bytes', () => {
    const grids = Object.values(models).flatMap((m) => [m.table3, m.table4, m.table2]);
    const packed = grids.reduce((sum, g) => sum + JSON.stringify(packGrid(g, 'zh')).length, 0);
    const full = grids.reduce((sum, g) => sum + JSON.stringify(g).length, 0);
    expect(packed / full).toBeLessThan(0.5);
  });
});

// The catalogue against real reports: the keys a table prints are exactly those the parser reads
// from the cells of a complete 2019-format report (阜阳 2020), and cover a 2021-format one (淮安 2024).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReport } from '@/lib/parser';
import { figureDef, printedKeys } from './keys';

function tableKeys(file: string): { format: string; keys: string[] } {
  const outcome = parseReport(readFileSync(`data/reports/${file}`, 'utf8'), { fileName: file });
  if (!outcome.ok) throw new Error(`${file}: refused`);
  const { meta, figures, provenance } = outcome.result;
  return { format: meta.format!, keys: Object.keys(figures).filter((k) => provenance[k]!.via === 'table') };
}

describe('printedKeys', () => {
  it('are the cells of a complete 2019 table: 阜阳 2020', () => {
    const fuyang = tableKeys('seeds/000-fuyang-2020.txt');
    expect(fuyang.format).toBe('2019');
    expect(printedKeys('2019').sort()).toEqual(fuyang.keys.sort());
  });

  it('of the 2021 format hold every cell 淮安 2024 prints, and the rows only 2021 prints', () => {
    const huaian = tableKeys('reference-text/huaian_city_2024.txt');
    expect(huaian.format).toBe('2021');
    const keys = printedKeys('2021');
    expect(huaian.keys.filter((k) => !keys.includes(k))).toEqual([]);
    const only2021 = keys.filter((k) => !printedKeys('2019').includes(k));
    expect(only2021.length).toBeGreaterThan(0);
    expect(only2021.every((k) => figureDef(k)!.formats.includes('2021') && !figureDef(k)!.formats.includes('2019'))).toBe(true);
  });

  it('are never group sums or sentence-only figures, and a pre-2019 report prints no table', () => {
    for (const format of ['2019', '2021'] as const) {
      const keys = printedKeys(format);
      expect(keys.filter((k) => figureDef(k)!.sumOf || figureDef(k)!.table === 'narrative')).toEqual([]);
    }
    expect(printedKeys('2019')).not.toContain('results.denied.total');
    expect(printedKeys('2019')).not.toContain('litigation.total');
    expect(printedKeys('legacy')).toEqual([]);
  });
});

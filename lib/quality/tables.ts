// Tables present and complete: every cell the format's three tables print (lib/figures printedKeys),
// counted as a printed number (0 included), a printed "/" (or other text: deliberately no number),
// a blank cell (empty, or inferred afterwards from the sums) and a missing cell (row or table not
// found). A blank or missing cell fails the check; "/" is a statement and does not.

import { figureDef, printedKeys, type Label, type ReportFormat } from '@/lib/figures/keys';
import { printedNoNumber } from '@/lib/figures/no-number';
import { GROUP_SUM_BASIS } from '@/lib/tables/cells';
import type { CheckResult, QualityFigure, QualityReport } from './types';
import { CHECK_TITLES } from './titles';

const TITLE = CHECK_TITLES.tables;

type CellKind = 'number' | 'slash' | 'blank' | 'missing';

const TABLES = [
  { table: 'active', zh: '表二(主动公开)', en: 'table 2 (proactive disclosure)' },
  { table: 'applications', zh: '表三(依申请)', en: 'table 3 (applications)' },
  { table: 'appeals', zh: '表四(复议诉讼)', en: 'table 4 (reviews and lawsuits)' },
] as const;

function kindOf(f: QualityFigure | undefined): CellKind {
  if (!f) return 'missing';
  // A sentence figure stands in for a table the report does not print.
  if (f.provenance === 'narrative') return 'missing';
  // A total added up from its printed sub-rows (2021: (六) from its three) is printed by them.
  if (f.provenance === 'inferred') return f.basis === GROUP_SUM_BASIS ? 'number' : 'blank';
  if (f.value !== null) return 'number';
  return printedNoNumber(f.raw);
}

const EXPECTED = new Map<ReportFormat, string[]>((['2019', '2021'] as const).map((f) => [f, printedKeys(f)]));

export function checkTables(report: QualityReport): CheckResult {
  const expected = EXPECTED.get(report.format);
  if (!expected) {
    return {
      id: 'tables',
      status: 'na',
      title: TITLE,
      explanation: {
        zh: '2019 年以前的旧格式报告没有统一的统计表,不检查。',
        en: 'Reports in the formats before 2019 print no national tables; not checked.',
      },
      numbers: {},
      details: [],
    };
  }
  const counts: Record<CellKind, number> = { number: 0, slash: 0, blank: 0, missing: 0 };
  const details: Label[] = [];
  for (const t of TABLES) {
    const keys = expected.filter((k) => figureDef(k)?.table === t.table);
    const kinds = keys.map((k) => kindOf(report.figures.get(k)));
    kinds.forEach((k) => counts[k]++);
    const missing = kinds.filter((k) => k === 'missing').length;
    const blank = kinds.filter((k) => k === 'blank').length;
    if (missing === keys.length) details.push({ zh: `${t.zh}未找到(${keys.length} 格)`, en: `${t.en} not found (${keys.length} cells)` });
    else if (missing || blank) {
      const rows = rowLabels(keys.filter((_, i) => kinds[i] === 'missing' || kinds[i] === 'blank'));
      details.push({
        zh: `${t.zh}:缺 ${missing} 格、空白 ${blank} 格(${rows.zh.join('、')})`,
        en: `${t.en}: ${missing} cells missing, ${blank} blank (${rows.en.join('; ')})`,
      });
    }
  }
  const total = expected.length;
  const ok = counts.missing === 0 && counts.blank === 0;
  const tail = {
    zh: `数字 ${counts.number} 格,“/”等非数字 ${counts.slash} 格,空白 ${counts.blank} 格,缺失 ${counts.missing} 格`,
    en: `${counts.number} numbers, ${counts.slash} "/" or other text, ${counts.blank} blank, ${counts.missing} missing`,
  };
  return {
    id: 'tables',
    status: ok ? 'pass' : 'fail',
    title: TITLE,
    explanation: ok
      ? {
          zh: `${report.format} 年格式三张表的 ${total} 格都已印出:${tail.zh}。`,
          en: `All ${total} cells of the ${report.format} format's three tables are printed: ${tail.en}.`,
        }
      : {
          zh: `${report.format} 年格式三张表共 ${total} 格,有 ${counts.blank + counts.missing} 格未印出:${tail.zh}。`,
          en: `Of the ${total} cells of the ${report.format} format's three tables, ${counts.blank + counts.missing} are not printed: ${tail.en}.`,
        },
    numbers: { expected: total, ...counts },
    details,
  };
}

/** The printed rows the keys belong to, by their catalogue labels (the part before " · "), once each. */
function rowLabels(keys: readonly string[]): { zh: string[]; en: string[] } {
  const rows = new Map<string, Label>();
  for (const key of keys) {
    const def = figureDef(key)!;
    if (!rows.has(def.row)) rows.set(def.row, { zh: def.zh.split(' · ')[0]!, en: def.en.split(' · ')[0]! });
  }
  return { zh: [...rows.values()].map((l) => l.zh), en: [...rows.values()].map((l) => l.en) };
}

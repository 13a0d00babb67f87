// Writing the rows resolve/index.ts could not read cell by cell: run-together cells with one
// reading (the single split the row's cells and total allow), a row one cell short whose missing
// cell's place does not matter, and run-together rows with several readings. Those are settled by
// the table's own sums (勾稽关系, issue #9): a reading is kept when, with every other row as
// printed, some choice of the other open rows' readings makes every relation hold; a cell is
// written when every kept reading gives it the same number (the total, often, when the applicant
// cells stay open); the rest stay null with SPLIT_AMBIGUOUS.

import type { SumRelation } from '../../figures/checks';
import { enLabel, makeIssue, numbersOf, zhLabel } from '../issues';
import { unionSpan } from '../tables/groups';
import type { ParseIssue } from '../types';
import { rowLabel, type Candidate, type Pending } from './index';
import { keptReadings } from './joint';
import { nullEntry, type Entry, type Store } from './store';

export function settlePending(pending: readonly Pending[], store: Store, issues: ParseIssue[], relations: readonly SumRelation[]): void {
  for (const p of pending) if (p.kind !== 'readings') commit(p, p.candidates[0]!, store, issues);
  const open = pending.filter((p) => p.kind === 'readings');
  if (open.length === 0) return;
  const kept = keptReadings(open, store, relations);
  open.forEach((p, i) => {
    // no choice of readings makes the sums hold: the report's numbers contradict each other, or
    // the row is not what its readings assume (a cell lost, not blank): nothing of it is read
    const readings = kept[i]!;
    if (readings.length === 1 && !guessesAcrossBlanks(readings[0]!)) commit(p, readings[0]!, store, issues, true);
    else commitAgreed(p, readings, store, issues);
  });
}

/** How a row's digits are printed that their cells must be told apart. */
const how = (p: Pending) => (p.spaced ? { zh: '逐位隔开印刷', en: 'letter-spaced (1 7 for 17)' } : { zh: '连写', en: 'run together' });

/**
 * A reading with a cell not printed (its value the row's sum) beside blank cells: the sum would
 * count the blanks as 0, which nothing printed says; its printed cells may be read, not that one.
 */
function guessesAcrossBlanks(c: Candidate): boolean {
  return c.parts !== undefined && c.parts.includes(undefined) && c.parts.includes(null);
}

/** The entry of column i of a reading: the part's digits (or mark), or a blank. */
function entryOf(p: Pending, c: Candidate, i: number, basis: string | undefined): Entry {
  const value = c.values[i]!;
  const part = c.parts?.[i];
  if (part === null) return nullEntry('blank', p.rule, null);
  if (part) {
    if (value === null) return nullEntry('placeholder', p.rule, part.span, part.raw);
    return {
      value,
      state: 'inferred',
      prov: { via: 'inferred', span: part.span, rule: p.rule, raw: part.raw, ...(basis ? { basis } : {}) },
    };
  }
  // a cell not printed (a row one cell short): its value is the row's sum, its rule the table's cells'
  const rule = `${p.rule.split('.')[0]}.cells`;
  return {
    value,
    state: 'inferred',
    prov: { via: 'inferred', span: unionSpan(p.printed.map((x) => x.span)), rule, ...(basis ? { basis } : {}) },
  };
}

/** Writes a settled row: `first` is its one reading (or, for a short row, every reading gives these numbers). */
function commit(p: Pending, first: Candidate, store: Store, issues: ParseIssue[], bySums = false): void {
  const keys = p.cols.map((c) => c.key);
  const basis = p.rowRule ? `rowTotal.${p.row}` : undefined;
  const rowSpan = unionSpan(p.printed.map((c) => c.span));
  const inferredKeys: string[] = [];
  p.cols.forEach((col, i) => {
    const cell = first.cells[i];
    if (p.kind !== 'short') return store.set(col.key, entryOf(p, first, i, basis));
    if (cell && p.candidates.every((c) => c.cells[i] === cell)) {
      store.set(col.key, { value: first.values[i]!, state: 'read', prov: { via: 'table', span: cell.span, rule: p.rule, raw: cell.raw } });
      return;
    }
    inferredKeys.push(col.key);
    store.set(col.key, {
      value: first.values[i]!,
      state: 'inferred',
      prov: { via: 'inferred', span: rowSpan, rule: p.rule, ...(basis ? { basis } : {}) },
    });
  });
  const raw = p.printed.map((c) => c.raw).join(' ');
  const shown = first.values.map((v, i) => v ?? (first.parts?.[i] ? first.parts[i]!.raw : '(空)')).join(' | ');
  if (p.short) {
    issues.push(
      makeIssue(
        'INFERRED',
        `“${rowLabel(p.row).zh}”行少印单元格(空白格未显示),只有一种摆放同时符合该行合计与表格各列的勾稽关系:${shown}。`,
        `Row "${rowLabel(p.row).en}" is printed short of cells (blank cells not shown); one placing alone fits its total and the table's column sums: ${shown}.`,
        keys,
        { numbers: numbersOf(keys, first.values), span: rowSpan },
      ),
    );
  } else if (p.kind !== 'short') {
    issues.push(
      makeIssue(
        'SPLIT_INFERRED',
        bySums
          ? `“${raw}”为${how(p).zh}的数字,有多种拆分符合该行,只有一种同时符合表格各列的勾稽关系:${shown}。`
          : `“${raw}”为连写的数字,只有一种拆分符合该行的单元格数与合计:${shown}。`,
        bySums
          ? `"${raw}" is digits ${how(p).en}; of the splits that fit the row, one alone also fits the table's column sums: ${shown}.`
          : `"${raw}" is digits run together; one split alone fits the row's cells and total: ${shown}.`,
        keys,
        { numbers: numbersOf(keys, first.values), span: rowSpan },
      ),
    );
  } else if (inferredKeys.length > 0) {
    issues.push(
      makeIssue(
        'INFERRED',
        `${zhLabel(inferredKeys[0]!)}等${inferredKeys.length}格由表格勾稽关系推定(该行缺一格)。`,
        `${enLabel(inferredKeys[0]!)} and the row's other unplaced cells (${inferredKeys.length}) follow from the table's sums (the row lacks a cell).`,
        inferredKeys,
        {
          numbers: numbersOf(
            inferredKeys,
            inferredKeys.map((k) => first.values[keys.indexOf(k)]!),
          ),
          span: rowSpan,
        },
      ),
    );
  }
}

/**
 * A row with several readings left: the cells every reading gives alike (same number, same digits
 * of the text) are written; the others are null with the printed digits in provenance.raw.
 */
function commitAgreed(p: Pending, readings: readonly Candidate[], store: Store, issues: ParseIssue[]): void {
  const keys = p.cols.map((c) => c.key);
  const rowSpan = unionSpan(p.printed.map((c) => c.span));
  const raw = p.printed.map((c) => c.raw).join(' ');
  const basis = p.rowRule ? `rowTotal.${p.row}` : undefined;
  const agreed: string[] = [];
  p.cols.forEach((col, i) => {
    // the same number in every reading, printed in the same place wherever a reading prints it
    // (a reading whose total is not printed may give it too: 0件 as the total, or a 0 before a total not printed)
    const printing = readings.find((c) => c.parts?.[i]);
    const part = printing?.parts?.[i];
    const same =
      printing !== undefined &&
      readings.every((c) => {
        const other = c.parts?.[i];
        return (
          c.values[i] === printing.values[i] &&
          (other === undefined || (other?.span[0] === part?.span[0] && other?.span[1] === part?.span[1]))
        );
      });
    if (same && printing.values[i] !== null) {
      store.set(col.key, entryOf(p, printing, i, basis));
      agreed.push(col.key);
    } else store.set(col.key, nullEntry('unplaced', p.rule, rowSpan, raw));
  });
  const open = keys.filter((k) => !agreed.includes(k));
  const n = readings.length;
  if (p.short) {
    // CELL_MISSING was reported when the row was read; say what the sums left
    if (agreed.length > 0)
      issues.push(
        makeIssue(
          'INFERRED',
          `“${rowLabel(p.row).zh}”行少印单元格(空白格未显示),各种摆放中${agreed.length}格相同(如合计),照读;其余各格留空。`,
          `Row "${rowLabel(p.row).en}" is printed short of cells (blank cells not shown); ${agreed.length} cells are the same however the printed ones are placed (the total, as a rule) and are read; the others are left empty.`,
          agreed,
          {
            numbers: numbersOf(
              agreed,
              agreed.map((k) => store.get(k)!.value),
            ),
            span: rowSpan,
          },
        ),
      );
    return;
  }
  const known = agreed.length
    ? {
        zh: `;${agreed.length}格在各种拆分中相同(如合计),照读`,
        en: `; ${agreed.length} cells are the same in every split (the total, as a rule) and are read`,
      }
    : { zh: '', en: '' };
  if (n === 0) {
    issues.push(
      makeIssue(
        'SPLIT_AMBIGUOUS',
        `“${rowLabel(p.row).zh}”行的数字“${raw}”${how(p).zh},符合该行的拆分没有一种能使表格各列的勾稽关系成立,各格留空。`,
        `Row "${rowLabel(p.row).en}": the digits "${raw}" are ${how(p).en} and none of the splits that fit the row lets the table's column sums hold; the cells are left empty.`,
        keys,
        { numbers: { candidates: 0 }, span: rowSpan },
      ),
    );
    return;
  }
  issues.push(
    makeIssue(
      'SPLIT_AMBIGUOUS',
      `“${rowLabel(p.row).zh}”行的数字“${raw}”${how(p).zh},有${n}种符合该行单元格数与合计(及表格勾稽关系)的拆分,无法确定的各格留空${known.zh}。`,
      `Row "${rowLabel(p.row).en}": the digits "${raw}" are ${how(p).en} and ${n} splits fit the row's cells and total (and the table's sums); the cells they disagree on are left empty${known.en}.`,
      open,
      {
        numbers: {
          candidates: n,
          ...numbersOf(
            agreed,
            agreed.map((k) => store.get(k)!.value),
          ),
        },
        span: rowSpan,
      },
    ),
  );
}

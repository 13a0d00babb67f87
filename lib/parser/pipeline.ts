// The parser as a named, ordered table of stages over one shared context. Each stage reads what
// earlier stages left and adds its own; a stage that refuses the text ends the run.

import { relationsFor } from '../figures/checks';
import type { ReportFormat } from '../figures/keys';
import { detectFormat } from './format';
import { mergeNarrative } from './merge';
import { readMeta } from './meta';
import { readNarrative } from './narrative';
import { normalizeText, type NormalText } from './normalize';
import { newsRefusal, refusal } from './refuse';
import { settlePending } from './resolve/candidates';
import { readTables, type TablesRead } from './resolve';
import type { Store } from './resolve/store';
import { segment, type Segments } from './segment';
import { makeIssue } from './issues';
import type { ParseIssue, ParseOptions, ParseResult, ReportMeta } from './types';
import { validate } from './validate';

export interface ParseContext {
  text: string;
  options: ParseOptions;
  t?: NormalText;
  refusal?: ParseIssue;
  meta?: Omit<ReportMeta, 'format'>;
  segments?: Segments;
  format?: ReportFormat;
  tables?: TablesRead;
  store: Store;
  issues: ParseIssue[];
}

export interface Stage {
  name: string;
  run(ctx: ParseContext): void;
}

const FORMAT_NAMES: Record<ReportFormat, { zh: string; en: string }> = {
  '2019': { zh: '2019年版格式', en: 'the 2019 format' },
  '2021': { zh: '2021年版格式', en: 'the 2021 format' },
  legacy: { zh: '2019年以前的格式', en: 'a pre-2019 format' },
};

export const STAGES: readonly Stage[] = [
  { name: 'normalize', run: (c) => void (c.t = normalizeText(c.text)) },
  { name: 'refuse', run: (c) => void (c.refusal = refusal(c.t!) ?? undefined) },
  {
    name: 'meta',
    run: (c) => {
      const { meta, issues } = readMeta(c.text, c.options);
      c.meta = meta;
      c.issues.push(...issues);
    },
  },
  { name: 'segment', run: (c) => void (c.segments = segment(c.t!)) },
  { name: 'structure', run: (c) => void (c.refusal = newsRefusal(c.t!, c.segments!) ?? undefined) },
  {
    name: 'format',
    run: (c) => {
      const d = detectFormat(c.t!, c.segments!, c.meta!.year);
      c.format = d.format;
      if (d.uncertain) {
        const name = FORMAT_NAMES[d.format];
        c.issues.push(
          makeIssue('FORMAT_UNCERTAIN', `报告格式不能确定,按${name.zh}读取。`, `The report's format is uncertain; read as ${name.en}.`),
        );
      }
    },
  },
  {
    name: 'tables',
    run: (c) => {
      c.tables = readTables(c.t!, c.segments!, c.format!);
      c.store = c.tables.store;
      c.issues.push(...c.tables.issues);
    },
  },
  {
    name: 'resolve',
    run: (c) => settlePending(c.tables!.pending, c.store, c.issues, c.format === 'legacy' ? [] : relationsFor(c.format!)),
  },
  { name: 'validate', run: (c) => validate(c.store, c.format!, c.issues) },
  {
    name: 'narrative',
    run: (c) => {
      const found = c.tables!.found;
      const { figures, issues } = readNarrative(c.text, { year: c.meta!.year, tablesFound: found.table2 || found.table3 || found.table4 });
      c.issues.push(...issues);
      mergeNarrative(figures, c.store, c.issues);
    },
  },
];

/** The result the stages built: printed or determined figures, with null for blank and "/" cells. */
export function assemble(c: ParseContext): ParseResult {
  const figures: ParseResult['figures'] = {};
  const provenance: ParseResult['provenance'] = {};
  for (const [key, e] of c.store) {
    if (e.value === null && (e.state === 'missing' || e.state === 'derived' || !e.prov.span)) continue;
    figures[key] = e.value;
    provenance[key] = e.prov;
  }
  return { meta: { ...c.meta!, format: c.format! }, figures, provenance, issues: c.issues };
}

/** Runs the stages in order; `observe` (the benchmark's) wraps each stage's run. */
export function runStages(text: string, options: ParseOptions, observe?: (stage: Stage, run: () => void) => void): ParseContext {
  const ctx: ParseContext = { text, options, store: new Map(), issues: [] };
  for (const stage of STAGES) {
    if (observe) observe(stage, () => stage.run(ctx));
    else stage.run(ctx);
    if (ctx.refusal) break;
  }
  return ctx;
}

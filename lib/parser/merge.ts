// Sentence figures beside table figures: a sentence that states a table cell differently is
// flagged (the table's number is kept); where the tables are absent, sentence figures stand in.

import { figureDef } from '../figures/keys';
import { enLabel, makeIssue, zhLabel } from './issues';
import type { NarrativeFigure } from './narrative/types';
import type { Store } from './resolve/store';
import type { ParseIssue } from './types';

export function mergeNarrative(figures: readonly NarrativeFigure[], store: Store, issues: ParseIssue[]): void {
  const standIns: string[] = [];
  for (const f of figures) {
    const e = store.get(f.key);
    if (e && e.value !== null) {
      if (e.value !== f.value && e.prov.via !== 'narrative') {
        issues.push(
          makeIssue(
            'NARRATIVE_CONTRADICTS_TABLE',
            `正文称${zhLabel(f.key)}为${f.value}(“${f.raw}”),表格为${e.value};采用表格数字。`,
            `The text states ${enLabel(f.key)} as ${f.value} ("${f.raw}"); the table prints ${e.value}. The table's number is kept.`,
            [f.key],
            { numbers: { table: e.value, narrative: f.value }, span: f.span },
          ),
        );
      }
      continue;
    }
    if (e && e.state !== 'missing') continue; // a printed blank or "/" cell is not overwritten by prose
    store.set(f.key, { value: f.value, state: 'read', prov: { via: 'narrative', span: f.span, rule: f.rule, raw: f.raw } });
    if (figureDef(f.key)?.table !== 'narrative') standIns.push(f.key);
  }
  if (standIns.length > 0) {
    issues.push(
      makeIssue(
        'NARRATIVE_ONLY',
        `表格中没有这些数字,取自正文:${standIns.map(zhLabel).join('、')}。`,
        `Not in any table; read from the text: ${standIns.map(enLabel).join(', ')}.`,
        standIns,
      ),
    );
  }
}

// readNarrative: figures stated in sentences, keyed like the table cells they correspond to.
// Conservative by design: a figure is emitted only when its sentence states it for the whole
// jurisdiction and the report's year; a figure about one channel or part (市政府网站受理…46起)
// becomes a PARTIAL_SCOPE issue; sentences that disagree on a key give no figure.

import type { ParseIssue, Severity, Span } from '../types';
import { figureLabel } from '../../figures/keys';
import { digest, textOffset, type Digest } from './clauses';
import { LOOKBACK, nearestScope, Sentences, sentenceYear } from './context';
import { ACTIVE_ITEMS, APPEALS, APPLICATION_FOLLOWERS, APPLICATIONS, appealOutcomes, NONE, RESULTS, type SentenceRule } from './rules';
import type { NarrativeFigure } from './types';
import { chineseNumber } from '../normalize/chinese';

export type { NarrativeFigure } from './types';

export interface NarrativeContext {
  /** Statistics year of the report: sentences about another year are skipped. */
  year: number | null;
  /** Whether the tables were found. When not, a sentence is the only source of its figure, so a
   * figure left out (partial scope, disagreeing sentences) is a warning instead of an info. */
  tablesFound: boolean;
}

/** A matched NUMBER's value; null for Chinese numerals that write no single number (三四). */
function toNumber(s: string): number | null {
  if (!/^[0-9０-９,]+$/.test(s)) return chineseNumber(s);
  return Number(s.replace(/,/g, '').replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/**
 * A report states each figure a few times; text matching one rule more often than this is not a
 * report's prose (a 5 MB paste of one phrase), and reading on would only cost time.
 */
const MAX_MATCHES_PER_RULE = 200;

/** What follows a figure's unit when the figure is a table cell: the row's next cell. */
const CELL_FOLLOWS = /^[ \t|]*[0-9０-９]/;

interface Hit {
  figure: NarrativeFigure;
  scope: 'whole' | 'part' | null;
}

class Reader {
  readonly hits: Hit[] = [];
  readonly issues: ParseIssue[] = [];
  readonly sentences: Sentences;
  private readonly digest: Digest;
  /** Matches read so far per rule id: reading stops at MAX_MATCHES_PER_RULE. */
  private readonly matched = new Map<string, number>();
  readonly severity: Severity;

  constructor(
    private readonly text: string,
    private readonly ctx: NarrativeContext,
  ) {
    this.sentences = new Sentences(text);
    this.digest = digest(text);
    this.severity = ctx.tablesFound ? 'info' : 'warning';
  }

  /**
   * All matches of a rule in the region [from, to), or in the whole text (read through the digest
   * of its clauses that hold figures), after the topic, year and scope checks.
   */
  read(rule: SentenceRule, region?: Span, inheritedScope?: Hit['scope']): Hit[] {
    const out: Hit[] = [];
    let matched = this.matched.get(rule.id) ?? 0;
    if (matched >= MAX_MATCHES_PER_RULE) return out;
    const slice = region ? this.text.slice(region[0], region[1]) : this.digest.text;
    // exec on the rule's own (global) regex: matchAll would clone it for every region read.
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m && matched < MAX_MATCHES_PER_RULE; m = pattern.exec(slice)) {
      this.matched.set(rule.id, ++matched);
      const start = region ? region[0] + m.index : textOffset(this.digest, m.index);
      const end = start + m[0].length;
      // another number right after the figure's unit: a table row's cells (结转下年度继续办理0件 1 1件), not a sentence
      if (CELL_FOLLOWS.test(this.text.slice(end, end + 40))) continue;
      const sentence = this.sentences.startOf(start);
      if (rule.topic) {
        const windowStart = Math.max(rule.topicWindow ? 0 : sentence, start - (rule.topicWindow ?? LOOKBACK));
        if (!rule.topic.test(this.text.slice(windowStart, end))) continue;
      }
      const year = sentenceYear(this.text, sentence, start);
      if (year !== null && this.ctx.year !== null && year !== this.ctx.year) continue;
      const scope = inheritedScope !== undefined ? inheritedScope : nearestScope(this.text, sentence, start);
      const span: Span = [start, end];
      const value = rule.value ?? toNumber(m.groups!.n!);
      if (value === null) continue;
      const figure: NarrativeFigure = { key: rule.key, value, span, raw: m[0], rule: `narrative.${rule.id}` };
      if (scope === 'part') {
        this.issues.push(partialScope(figure, this.severity));
        continue;
      }
      const hit = { figure, scope };
      out.push(hit);
      this.hits.push(hit);
    }
    return out;
  }
}

function partialScope(f: NarrativeFigure, severity: Severity): ParseIssue {
  return {
    code: 'PARTIAL_SCOPE',
    severity,
    message: {
      zh: `“${f.raw}”只涉及部分渠道或部分机关，未作为“${figureLabel(f.key, 'zh')}”`,
      en: `"${f.raw}" covers part of the jurisdiction only; not used as "${figureLabel(f.key, 'en')}"`,
    },
    keys: [f.key],
    numbers: { value: f.value },
    span: f.span,
  };
}

function conflicting(key: string, hits: Hit[], severity: Severity): ParseIssue {
  return {
    code: 'PARTIAL_SCOPE',
    severity,
    message: {
      zh: `文中对“${figureLabel(key, 'zh')}”给出不同数字（${hits.map((h) => h.figure.value).join('、')}），未采用`,
      en: `Sentences state different values for "${figureLabel(key, 'en')}" (${hits.map((h) => h.figure.value).join(', ')}); none used`,
    },
    keys: [key],
    numbers: Object.fromEntries(hits.map((h, i) => [`value${i + 1}`, h.figure.value])),
    span: hits[0]!.figure.span,
  };
}

/** One figure per key: all sentences agree, or the jurisdiction-wide ones do; otherwise none. */
function settle(hits: Hit[], issues: ParseIssue[], severity: Severity): NarrativeFigure[] {
  const byKey = new Map<string, Hit[]>();
  for (const h of hits) {
    const same = byKey.get(h.figure.key);
    if (same) same.push(h);
    else byKey.set(h.figure.key, [h]);
  }
  const figures: NarrativeFigure[] = [];
  for (const [key, all] of byKey) {
    const values = new Set(all.map((h) => h.figure.value));
    const whole = all.filter((h) => h.scope === 'whole');
    if (values.size === 1) figures.push((whole[0] ?? all[0]!).figure);
    else if (whole.length && new Set(whole.map((h) => h.figure.value)).size === 1) figures.push(whole[0]!.figure);
    else issues.push(conflicting(key, all, severity));
  }
  return figures.sort((a, b) => a.span[0] - b.span[0]);
}

/**
 * Where the figures that follow `hits[i]` may stand: to the end of its sentence, or to the next hit
 * of the same rule in that sentence (which governs what follows it), or to `stopAt`.
 */
function followingRegion(text: string, sentences: Sentences, hits: Hit[], i: number, stopAt?: RegExp): [number, number] {
  const from = hits[i]!.figure.span[1];
  const next = hits[i + 1]?.figure.span[0] ?? text.length;
  const to = Math.min(sentences.endOf(from), next);
  const stop = stopAt?.exec(text.slice(from, to));
  return [from, stop ? from + stop.index : to];
}

export function readNarrative(text: string, ctx: NarrativeContext): { figures: NarrativeFigure[]; issues: ParseIssue[] } {
  const r = new Reader(text, ctx);
  const applications = r.read(APPLICATIONS);
  applications.forEach((hit, i) => {
    const [from, to] = followingRegion(text, r.sentences, applications, i);
    for (const rule of APPLICATION_FOLLOWERS) r.read(rule, [from, to], hit.scope);
  });
  for (const rule of RESULTS) r.read(rule);
  for (const { rule, group, stopAt } of APPEALS) {
    const appeals = r.read(rule);
    appeals.forEach((hit, i) => {
      const [from, to] = followingRegion(text, r.sentences, appeals, i, stopAt);
      for (const outcome of appealOutcomes(group)) r.read(outcome, [from, to], hit.scope);
    });
  }
  r.read(ACTIVE_ITEMS);
  for (const rule of NONE) r.read(rule, [0, text.length]);
  // NARRATIVE_ONLY is the merge step's to say: it knows which figures no table holds.
  return { figures: settle(r.hits, r.issues, r.severity), issues: r.issues };
}

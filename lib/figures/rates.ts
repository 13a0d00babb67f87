// The derived measures of the compare page: rates and totals computed from figure keys, each with
// a URL id, zh/en label and definition, and a pure compute function. A rate is null (never 0)
// when an input is missing or its denominator is 0. Counts per 10,000 residents are a separate
// normalisation (perTenThousand) that applies to any count where the population is known.

import { figureDef, table3Key, table4Key, type Label } from './keys';

/** Figure values of one report by key; absent and null both mean "missing". */
export type FigureLookup = (key: string) => number | null | undefined;

export type RateUnit = 'count' | 'ratio';

export interface RateDef extends Label {
  /** URL slug, e.g. `disclosure-rate`. */
  id: string;
  unit: RateUnit;
  /** Plain-words definition, printed under the chart. */
  definition: Label;
  /** Keys summed above the line (for `count` rates: the keys summed). */
  numerator: readonly string[];
  /** Keys summed below the line; empty for `count` rates. */
  denominator: readonly string[];
  /** Short label of the denominator, printed on the chart. */
  denominatorLabel?: Label;
  /** Smallest denominator (base) the rate is ranked on (MIN_BASE); 0 for counts. */
  minBase: number;
}

/**
 * The guardrails of fair comparison, defined once: a ratio whose base is below its minimum is not
 * ranked ("样本太少 / too few", with the base beside it). Applications: handled, received or new;
 * reviews and lawsuits: their totals.
 */
export const MIN_BASE = { applications: 10, reviews: 5, lawsuits: 5 } as const;

const NEW = table3Key('applications.new', 'total');
const CARRIED_OVER = table3Key('applications.carriedOver', 'total');
const RESULTS_TOTAL = table3Key('results.total', 'total');
const HANDLED: Label = { zh: '办理结果总计', en: 'total handled' };
const RECEIVED: Label = { zh: '受理总量', en: 'applications received' };
const NEW_LABEL: Label = { zh: '本年新收', en: 'new applications' };

export const RATES: readonly RateDef[] = [
  {
    id: 'received-total',
    zh: '受理总量',
    en: 'Applications received',
    unit: 'count',
    minBase: 0,
    definition: { zh: '本年新收 + 上年结转', en: 'New applications + carried over from last year' },
    numerator: [NEW, CARRIED_OVER],
    denominator: [],
  },
  {
    id: 'disclosure-rate',
    zh: '实质公开率',
    en: 'Disclosure rate',
    unit: 'ratio',
    minBase: MIN_BASE.applications,
    definition: { zh: '(予以公开 + 部分公开) ÷ 办理结果总计', en: '(disclosed in full + partly disclosed) ÷ total handled' },
    numerator: [table3Key('results.granted', 'total'), table3Key('results.partial', 'total')],
    denominator: [RESULTS_TOTAL],
    denominatorLabel: HANDLED,
  },
  {
    id: 'denial-rate',
    zh: '不予公开率',
    en: 'Withholding rate',
    unit: 'ratio',
    minBase: MIN_BASE.applications,
    definition: { zh: '不予公开(八项理由之和) ÷ 办理结果总计', en: 'withheld (all eight reasons) ÷ total handled' },
    numerator: [table3Key('results.denied', 'total')],
    denominator: [RESULTS_TOTAL],
    denominatorLabel: HANDLED,
  },
  {
    id: 'unable-share',
    zh: '无法提供占比',
    en: 'Unable-to-provide share',
    unit: 'ratio',
    minBase: MIN_BASE.applications,
    definition: { zh: '无法提供(三项之和) ÷ 办理结果总计', en: 'unable to provide (all three reasons) ÷ total handled' },
    numerator: [table3Key('results.unable', 'total')],
    denominator: [RESULTS_TOTAL],
    denominatorLabel: HANDLED,
  },
  {
    id: 'not-held-share',
    zh: '不掌握信息占比',
    en: 'Not-held share',
    unit: 'ratio',
    minBase: MIN_BASE.applications,
    definition: { zh: '本机关不掌握相关政府信息 ÷ 办理结果总计', en: 'information not held by the body ÷ total handled' },
    numerator: [table3Key('results.unable.notHeld', 'total')],
    denominator: [RESULTS_TOTAL],
    denominatorLabel: HANDLED,
  },
  {
    id: 'carry-forward-rate',
    zh: '结转率',
    en: 'Carry-forward rate',
    unit: 'ratio',
    minBase: MIN_BASE.applications,
    definition: {
      zh: '结转下年度继续办理 ÷ 受理总量(新收 + 结转)',
      en: 'carried forward to next year ÷ applications received (new + carried over)',
    },
    numerator: [table3Key('carriedForward', 'total')],
    denominator: [NEW, CARRIED_OVER],
    denominatorLabel: RECEIVED,
  },
  {
    id: 'natural-person-share',
    zh: '自然人占比',
    en: 'Share from natural persons',
    unit: 'ratio',
    minBase: MIN_BASE.applications,
    definition: { zh: '自然人新收申请 ÷ 本年新收总计', en: 'new applications from natural persons ÷ all new applications' },
    numerator: [table3Key('applications.new', 'natural')],
    denominator: [NEW],
    denominatorLabel: NEW_LABEL,
  },
  {
    id: 'review-correction-rate',
    zh: '复议纠错率',
    en: 'Review correction rate',
    unit: 'ratio',
    minBase: MIN_BASE.reviews,
    definition: { zh: '行政复议结果纠正 ÷ 行政复议总计', en: 'administrative reviews corrected ÷ all administrative reviews' },
    numerator: [table4Key('review', 'corrected')],
    denominator: [table4Key('review', 'total')],
    denominatorLabel: { zh: '行政复议总计', en: 'all reviews' },
  },
  {
    id: 'litigation-correction-rate',
    zh: '诉讼纠错率',
    en: 'Lawsuit correction rate',
    unit: 'ratio',
    minBase: MIN_BASE.lawsuits,
    definition: {
      zh: '行政诉讼结果纠正 ÷ 行政诉讼总计(直接起诉 + 复议后起诉)',
      en: 'lawsuits corrected ÷ all lawsuits (direct + after review)',
    },
    numerator: [table4Key('litigation', 'corrected')],
    denominator: [table4Key('litigation', 'total')],
    denominatorLabel: { zh: '行政诉讼总计', en: 'all lawsuits' },
  },
  {
    id: 'dispute-rate',
    zh: '争议转化率',
    en: 'Dispute rate',
    unit: 'ratio',
    minBase: MIN_BASE.applications,
    definition: { zh: '(行政复议总计 + 行政诉讼总计) ÷ 本年新收', en: '(administrative reviews + lawsuits) ÷ new applications' },
    numerator: [table4Key('review', 'total'), table4Key('litigation', 'total')],
    denominator: [NEW],
    denominatorLabel: NEW_LABEL,
  },
];

const BY_ID = new Map(RATES.map((r) => [r.id, r]));

export function rateDef(id: string): RateDef | undefined {
  return BY_ID.get(id);
}

/**
 * The value of a key: as stored when present, otherwise the sum of its parts for group keys no
 * table prints (results.denied.total, litigation.total). Null when anything needed is missing.
 */
export function figureValue(lookup: FigureLookup, key: string): number | null {
  const stored = lookup(key);
  if (stored !== null && stored !== undefined) return stored;
  const parts = figureDef(key)?.sumOf;
  return parts ? sumKeys(lookup, parts) : null;
}

/** Sum of the keys' values; null when any of them is missing. */
export function sumKeys(lookup: FigureLookup, keys: readonly string[]): number | null {
  let sum = 0;
  for (const key of keys) {
    const value = figureValue(lookup, key);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/** numerator ÷ denominator; null when either is missing or the denominator is 0. */
export function ratio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator === 0) return null;
  return numerator / denominator;
}

export function computeRate(rate: RateDef, lookup: FigureLookup): number | null {
  const numerator = sumKeys(lookup, rate.numerator);
  return rate.unit === 'count' ? numerator : ratio(numerator, sumKeys(lookup, rate.denominator));
}

/** Why a rate has no value: a figure of its sum, numerator or denominator missing, or a denominator of 0. Null: it has one. */
export function notComputedReason(
  rate: RateDef,
  numerator: number | null | undefined,
  denominator: number | null | undefined,
): Label | null {
  if (rate.unit !== 'ratio') {
    // A sum (受理总量): one of its figures missing.
    if (numerator !== null && numerator !== undefined) return null;
    return { zh: `无法计算:(${rate.definition.zh})有数字缺失`, en: `Not computed: a figure of the sum (${rate.definition.en}) is missing` };
  }
  const den = rate.denominatorLabel ?? { zh: '分母', en: 'the denominator' };
  // The numerator in words: its part of the definition ("(a + b) ÷ c").
  const num = (lang: 'zh' | 'en') => rate.definition[lang].split(' ÷ ')[0]!.replace(/^\((.*)\)$/, '$1');
  if (numerator === null || numerator === undefined) {
    return { zh: `无法计算:分子(${num('zh')})有数字缺失`, en: `Not computed: a figure of the numerator (${num('en')}) is missing` };
  }
  if (denominator === null || denominator === undefined) {
    return { zh: `无法计算:分母(${den.zh})缺失`, en: `Not computed: the denominator (${den.en}) is missing` };
  }
  if (denominator === 0) return { zh: `无法计算:分母(${den.zh})为 0`, en: `Not computed: the denominator (${den.en}) is 0` };
  return null;
}

/** Every stored key a rate may read: its keys and, for group keys, their parts. */
export function rateInputKeys(rate: RateDef): string[] {
  return expandKeys([...rate.numerator, ...rate.denominator]);
}

export function expandKeys(keys: readonly string[]): string[] {
  const out = new Set<string>();
  const visit = (key: string) => {
    out.add(key);
    for (const part of figureDef(key)?.sumOf ?? []) visit(part);
  };
  keys.forEach(visit);
  return [...out];
}

/** A count per 10,000 residents; null without a population or a count. */
export function perTenThousand(count: number | null, population: number | null | undefined): number | null {
  if (count === null || population === null || population === undefined || population <= 0) return null;
  return (count / population) * 10_000;
}

/** Where a report's rate stands for ranking among peers (the guardrails). */
export type RateStanding =
  /** Ranked: a value on a base at least the minimum, its inputs passing the sums. */
  | { kind: 'ranked'; value: number; base: number | null }
  /** Not ranked: the base is below the rate's minimum (样本太少). */
  | { kind: 'tooFew'; value: number | null; base: number }
  /** Not ranked: a figure it reads failed a sum check (勾稽关系). */
  | { kind: 'sumFailed'; value: number | null; base: number | null }
  /** No value: a figure is missing, or the base is 0. */
  | { kind: 'missing'; base: number | null };

/** The guardrails on a rate's value and base (however they were computed: here, or in SQL). */
export function standingOf(rate: RateDef, value: number | null, base: number | null, inputsFailed: boolean): RateStanding {
  if (inputsFailed) return { kind: 'sumFailed', value, base };
  if (base !== null && base < rate.minBase) return { kind: 'tooFew', value, base };
  if (value === null) return { kind: 'missing', base };
  return { kind: 'ranked', value, base };
}

/** The base (denominator) of a ratio; null for counts or when a figure is missing. */
export function rateBase(rate: RateDef, lookup: FigureLookup): number | null {
  return rate.unit === 'ratio' ? sumKeys(lookup, rate.denominator) : null;
}

/**
 * The rate of a report with its base, and whether it may be ranked. `failedKeys`: the figures of
 * the report's failed sum checks (SUM_MISMATCH keys).
 */
export function rateStanding(rate: RateDef, lookup: FigureLookup, failedKeys: ReadonlySet<string>): RateStanding {
  const failed = rateInputKeys(rate).some((k) => failedKeys.has(k));
  return standingOf(rate, computeRate(rate, lookup), rateBase(rate, lookup), failed);
}

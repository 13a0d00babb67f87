// The sentence patterns, as data: each reads one figure key from keyword to unit. Patterns
// allow whitespace anywhere between tokens (PDF text wraps lines and spaces digits: 行政复议 351\n件).

import { NARRATIVE_KEYS, table3Key, table4Key } from '../../figures/keys';
import { CHINESE_NUMERAL_CLASS } from '../normalize/chinese';

/** An integer as printed: ASCII or full-width digits, optional thousands commas (3,517), or Chinese numerals (三十五). */
export const NUMBER = `(?<n>[0-9０-９]{1,3}(?:,[0-9]{3})+|[0-9０-９]+|[${CHINESE_NUMERAL_CLASS}]+)`;
/** Counters of applications and cases. */
const COUNTERS = ['件', '起', '宗', '个', '份'];
const UNIT = `\\s*(?:${COUNTERS.join('|')})`;
/** Every rule's match ends in a NUMBER and one of these units (clauses.ts relies on it). */
export const FIGURE_UNITS: readonly string[] = [...COUNTERS, '条'];
const S = '\\s*';

export interface SentenceRule {
  /** Rule id (provenance `rule`): `narrative.<id>`. */
  id: string;
  key: string;
  pattern: RegExp;
  /** Text that must appear in the sentence (or the window before the match) for the rule to apply. */
  topic?: RegExp;
  /** How far before the match the topic may stand (default: within the sentence). */
  topicWindow?: number;
  /** The figure a statement of none gives (未收到政府信息公开申请: 0); else the matched NUMBER. */
  value?: number;
}

/** Whitespace may stand between any two characters of a keyword (尚\n未审结 in PDF text). */
const re = (source: string) => new RegExp(source.replaceAll(' ', S).replace(/([\u4e00-\u9fa5])(?=[\u4e00-\u9fa5])/g, `$1${S}`), 'g');
const NARRATIVE = Object.fromEntries(NARRATIVE_KEYS.map((k) => [k.id.split('.')[1], k.id])) as Record<
  'activeItems' | 'legacyNotHeldOrOther',
  string
>;

/** Applications received: 新收依申请公开835件, 共受理依申请政府信息公开3517件, 共收到有效依申请公开301件. */
export const APPLICATIONS: SentenceRule = {
  id: 'applications',
  key: table3Key('applications.new', 'total'),
  pattern: re(
    `(?:新收|收到|受理|接收|接到)(?:和处理|并办理|办结)?(?:各类|有效|的)* (?:依申请(?:政府)?(?:信息)?公开(?:政府信息)?(?:申请)?|政府信息公开申请|信息公开申请)(?:共|总数|数量|为|达)* ${NUMBER}${UNIT}`,
  ),
};

/** Figures that follow an applications figure in its sentence (上年结转15件, 结转下年度继续办理37件). */
export const APPLICATION_FOLLOWERS: SentenceRule[] = [
  {
    id: 'carriedOver',
    key: table3Key('applications.carriedOver', 'total'),
    pattern: re(`上年度?结转(?:申请|政府信息公开申请)? ${NUMBER}${UNIT}`),
  },
  {
    id: 'carriedForward',
    key: table3Key('carriedForward', 'total'),
    pattern: re(`结转(?:至|到)?下一?年度?(?:继续办理)? ${NUMBER}${UNIT}`),
  },
];

const ABOUT_APPLICATIONS = { topic: /申请/, topicWindow: 300 };

/** Outcomes in a sentence (其中同意公开和已主动公开239件；部分公开16件…, 其中,予以公开270件,…其他处理12件). */
export const RESULTS: SentenceRule[] = [
  {
    id: 'granted',
    key: table3Key('results.granted', 'total'),
    pattern: re(`(?:同意公开|予以公开|全部公开|准予公开)(?:(?:和|或|及)已主动公开)?的? ${NUMBER}${UNIT}`),
    ...ABOUT_APPLICATIONS,
  },
  {
    id: 'partial',
    key: table3Key('results.partial', 'total'),
    pattern: re(`(?<!不予)部分公开的? ${NUMBER}${UNIT}`),
    ...ABOUT_APPLICATIONS,
  },
  { id: 'denied', key: 'results.denied.total', pattern: re(`不予公开的? ${NUMBER}${UNIT}`), ...ABOUT_APPLICATIONS },
  { id: 'unable', key: 'results.unable.total', pattern: re(`无法提供的? ${NUMBER}${UNIT}`), ...ABOUT_APPLICATIONS },
  { id: 'rejected', key: 'results.rejected.total', pattern: re(`不予处理的? ${NUMBER}${UNIT}`), ...ABOUT_APPLICATIONS },
  { id: 'other', key: table3Key('results.other', 'total'), pattern: re(`其他处理的? ${NUMBER}${UNIT}`), ...ABOUT_APPLICATIONS },
  // in a sentence of its own (…其他处理2件；结转下年度继续办理3件。), not only after the applications figure
  {
    id: 'carriedForwardAlone',
    key: table3Key('carriedForward', 'total'),
    pattern: re(`结转(?:至|到)?下一?年度?继续办理(?:的|申请)? ${NUMBER}${UNIT}`),
    ...ABOUT_APPLICATIONS,
  },
  {
    id: 'legacyNotHeldOrOther',
    key: NARRATIVE.legacyNotHeldOrOther,
    pattern: re(`非本(?:部门|机关|单位)掌握(?:的信息)?或其他(?:情况|情形)? ${NUMBER}${UNIT}`),
    ...ABOUT_APPLICATIONS,
  },
];

const ABOUT_DISCLOSURE = /公开/;

/** Review and lawsuit totals; their outcomes follow in the same clause chain. */
export const APPEALS: { rule: SentenceRule; group: 'review' | 'litigation'; stopAt: RegExp }[] = [
  {
    rule: {
      id: 'review',
      key: table4Key('review', 'total'),
      pattern: re(`行政复议(?:案件|申请|事件)?(?:共|合计|总数)? ${NUMBER}${UNIT}`),
      topic: ABOUT_DISCLOSURE,
    },
    group: 'review',
    stopAt: /行政诉讼/,
  },
  {
    rule: {
      id: 'litigation',
      key: table4Key('litigation', 'total'),
      pattern: re(`行政诉讼(?:案件|事件)?(?:共|合计|总数)? ${NUMBER}${UNIT}`),
      topic: ABOUT_DISCLOSURE,
    },
    group: 'litigation',
    stopAt: /行政复议/,
  },
];

/** Outcomes of reviews or lawsuits: 维持具体行政行为数6件, 被依法纠错2件, 其他结果178件, 尚未审结37件. */
export function appealOutcomes(group: 'review' | 'litigation'): SentenceRule[] {
  return OUTCOMES[group];
}

function outcomeRules(group: 'review' | 'litigation'): SentenceRule[] {
  return [
    {
      id: `${group}.upheld`,
      key: table4Key(group, 'upheld'),
      pattern: re(`(?:结果)?维持(?:具体行政行为|原具体行政行为|原行政行为|原决定|原答复)?数? ${NUMBER}${UNIT}`),
    },
    {
      id: `${group}.corrected`,
      key: table4Key(group, 'corrected'),
      pattern: re(`(?:结果纠正|被依法纠错|依法纠错|纠错|纠正) ${NUMBER}${UNIT}`),
    },
    { id: `${group}.other`, key: table4Key(group, 'other'), pattern: re(`其他结果 ${NUMBER}${UNIT}`) },
    { id: `${group}.pending`, key: table4Key(group, 'pending'), pattern: re(`尚未审结 ${NUMBER}${UNIT}`) },
  ];
}

const OUTCOMES = { review: outcomeRules('review'), litigation: outcomeRules('litigation') };

/** Items proactively disclosed, jurisdiction-wide: 全市…主动公开各类政府信息680964条. */
export const ACTIVE_ITEMS: SentenceRule = {
  id: 'activeItems',
  key: NARRATIVE.activeItems,
  pattern: re(`主动公开(?:各类|了)?(?:政府)?信息数?(?:共|总计|合计|总数)? ${NUMBER} 条`),
};

/**
 * Statements of none: 未收到政府信息公开申请, 因未发生政府信息公开申请, 未发生…行政复议、行政诉讼 mean 0
 * for the figures they name (a statement naming only reviews says nothing of lawsuits).
 */
export const NONE: SentenceRule[] = [
  {
    id: 'noApplications',
    key: table3Key('applications.new', 'total'),
    pattern: re(`(?:未|没有)(?:收到|发生|受理|接到)(?:过)?(?:有关|任何)?(?:的)?(?:政府)?信息公开(?:的)?申请(?!人)`),
    value: 0,
  },
  { id: 'noReview', key: table4Key('review', 'total'), pattern: re(`(?:未|没有)(?:收到|发生|出现)[^。；;，,]{0,24}?行政复议`), value: 0 },
  {
    id: 'noLitigation',
    key: table4Key('litigation', 'total'),
    pattern: re(`(?:未|没有)(?:收到|发生|出现)[^。；;，,]{0,24}?行政诉讼`),
    value: 0,
  },
];

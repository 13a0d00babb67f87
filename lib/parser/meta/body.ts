// The reporting body (阜阳市人民政府, 乌兰察布市政府办公室), its place and level, and the office
// that issued the report. Candidates come from the title, the compiling sentence
// (由弋阳县人民政府办公室…综合全县…编制), the contact sentence (请与…联系), the page's
// 发布机构 field and the signature; the first that names a known place wins.

import { type Division, findDivisions } from '../../places';
import type { AdminLevel, Span } from '../types';
import { type Found, inEnds, matchGroup } from './found';
import type { Signature } from './dates';
import type { TitleFound } from './title';

const ORG = '[\\u4e00-\\u9fa5]{2,40}?';
/** 由X综合/汇总/根据/编制: X compiled the report. Parenthesised aliases after X are skipped. */
const COMPILER = new RegExp(
  `由\\s*(?<org>${ORG}(?:办公室|办公厅|人民政府|政府|管委会|管理委员会|局|委员会|办))\\s*(?:[（(][^）)]{0,20}[）)]\\s*)?(?:综合|汇总|根据|依据|按照|负责|统一|编制|牵头)`,
  'dg',
);
const CONTACT = new RegExp(`请与\\s*(?<org>${ORG})\\s*(?:[（(]\\s*(?:地址|电话|联系)|联系)`, 'dg');
const PUBLISHER_FIELD = /发布机构\s*[:：][ \t\u3000]*(?<org>[\u4e00-\u9fa5（）()]{2,40})/dg;
const ORG_LINE = /^[\u4e00-\u9fa5（）()]{2,40}(?:办公室|办公厅|人民政府|政府|局|委员会|中心|管委会|办)$/;

/** An office of the government that handles disclosure, not the government's own office. */
const DISCLOSURE_OFFICE = /^(?:人民政府|政府|管委会|管理委员会)(?:办公室|办公厅)?.*(?:信息公开|政务公开|电子政务|保密|领导小组)/;

/** Org suffixes after the place: what is left decides the level. */
const GOVERNMENT = /^(?:人民政府|政府|管委会|管理委员会|行政公署)?$/;
const OFFICE = /^(?:人民政府|政府)?(?:办公室|办公厅|办)$/;

export interface BodyFound {
  body: Found<string> | null;
  place: Found<string> | null;
  division: Division | null;
  level: AdminLevel | null;
  issuer: Found<string> | null;
}

/** The longest prefix of a name that is a known place: 淮安市洪泽区人民政府 → 淮安市洪泽区. */
export function placePrefixOf(name: string): string | null {
  for (let i = name.length; i >= 2; i--) {
    const head = name.slice(0, i);
    if (!/(?:省|自治区|市|自治州|地区|盟|县|自治县|区|旗|自治旗|实验区)$/.test(head)) continue;
    if (findDivisions(head).length) return head;
  }
  return null;
}

function stripAlias(org: string): string {
  return org.replace(/[（(][^）)]*[）)]$/, '');
}

function levelOf(rest: string, division: Division | null): AdminLevel | null {
  if (OFFICE.test(rest)) return 'office';
  if (GOVERNMENT.test(rest)) return division ? (division.level === 'province' ? 'province' : division.level) : null;
  return 'department';
}

/** Among repeated names, the division whose province or prefecture the text mentions. */
function chooseDivision(place: string, text: string): Division | null {
  const all = findDivisions(place);
  if (all.length <= 1) return all[0] ?? null;
  const mentioned = all.filter((d) => (d.prefecture && text.includes(d.prefecture)) || text.includes(d.province));
  return mentioned.length === 1 ? mentioned[0]! : null;
}

function found(value: string, span: Span, rule: string): Found<string> {
  return { value, span, rule };
}

/** Where `needle` first occurs in text, as a span, preferring occurrences near `near`. */
function spanOf(text: string, needle: string): Span | null {
  const i = text.indexOf(needle);
  return i < 0 ? null : [i, i + needle.length];
}

export function readBody(text: string, title: TitleFound | null, signature: Signature | null): BodyFound {
  // The same names are tried for the body and the issuer: each is looked up once.
  const prefixes = new Map<string, string | null>();
  const placePrefix = (name: string) => {
    if (!prefixes.has(name)) prefixes.set(name, placePrefixOf(name));
    return prefixes.get(name)!;
  };
  const compiler = inEnds(text, (part, base) => matchGroup(part, COMPILER, 'org', base));
  const contact = inEnds(text, (part, base) => matchGroup(part, CONTACT, 'org', base));
  const publisher = matchGroup(text.slice(0, 4000), PUBLISHER_FIELD, 'org');

  // 1. The name in the title: a body (阜阳市人民政府) or only a place (宁波市).
  let body: Found<string> | null = null;
  if (title?.name && placePrefix(title.name.value)) body = { ...title.name, rule: `body.${title.name.rule}` };
  // 2. The compiling office's government: 由弋阳县人民政府办公室…综合 → 弋阳县人民政府.
  if (!body && compiler && placePrefix(compiler.value)) {
    const gov = /^(.*?(?:人民政府|政府|管委会))(?:办公室|办公厅|办)$/.exec(compiler.value);
    const value = gov ? gov[1]! : compiler.value;
    body = found(value, [compiler.span[0], compiler.span[0] + value.length], 'body.compiler');
  }
  // 3. The page's publisher field, then the contact: weaker, they often name the office.
  if (!body && publisher && placePrefix(publisher.value))
    body = found(
      stripAlias(publisher.value),
      [publisher.span[0], publisher.span[0] + stripAlias(publisher.value).length],
      'body.publisher',
    );
  if (!body && contact && placePrefix(contact.value)) body = found(contact.value, contact.span, 'body.contact');
  // The publisher and the contact often name the office inside the government that handles
  // disclosure (商丘市人民政府办公室政府信息公开办公室, 平潭综合实验区管委会办公室保密与电子政务处): the
  // report is the government's, when the text names it.
  if (body && (body.rule === 'body.publisher' || body.rule === 'body.contact')) {
    const p = placePrefix(body.value)!;
    if (DISCLOSURE_OFFICE.test(body.value.slice(p.length))) {
      for (const gov of ['人民政府', '管委会', '管理委员会', '政府'].map((g) => `${p}${g}`)) {
        const at = spanOf(text, gov);
        if (at) {
          body = found(gov, at, `${body.rule}+government`);
          break;
        }
      }
    }
  }

  let place: Found<string> | null = null;
  let division: Division | null = null;
  let level: AdminLevel | null = null;
  if (body) {
    const p = placePrefix(body.value)!;
    place = found(p, [body.span[0], body.span[0] + p.length], 'place.body');
    division = chooseDivision(p, text);
    let rest = body.value.slice(p.length);
    // A title naming only the place (宁波市2020年…报告) stands for the place's government, when
    // the text names it (宁波市人民政府办公厅 contains 宁波市人民政府).
    if (rest === '') {
      const gov = spanOf(text, `${p}人民政府`);
      if (gov) {
        body = found(`${p}人民政府`, gov, `${body.rule}+government`);
        rest = '人民政府';
      }
    }
    level = levelOf(rest, division);
  }

  return { body, place, division, level, issuer: readIssuer(compiler, contact, publisher, signature, placePrefix) };
}

type Match = { span: Span; value: string } | null;

function readIssuer(
  compiler: Match,
  contact: Match,
  publisher: Match,
  signature: Signature | null,
  placePrefix: (name: string) => string | null,
): Found<string> | null {
  if (signature?.above && ORG_LINE.test(signature.above.text)) return found(signature.above.text, signature.above.span, 'issuer.signature');
  if (compiler && placePrefix(compiler.value)) return found(compiler.value, compiler.span, 'issuer.compiler');
  if (contact && placePrefix(contact.value)) return found(contact.value, contact.span, 'issuer.contact');
  if (publisher) {
    const value = stripAlias(publisher.value);
    return found(value, [publisher.span[0], publisher.span[0] + value.length], 'issuer.publisher');
  }
  if (compiler) return found(compiler.value, compiler.span, 'issuer.compiler');
  return contact ? found(contact.value, contact.span, 'issuer.contact') : null;
}

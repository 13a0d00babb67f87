// readMeta: who reports, for which place and year, when, and for what scope — read from the
// report's own words, with a span for each field. Pure; never throws on text.

import { resolvePlace } from '../../places';
import type { ParseIssue, ParseOptions, ReportMeta } from '../types';
import { readBody } from './body';
import { readPublishedOn, readSignature, readStatisticsYear } from './dates';
import type { Found } from './found';
import { readScope } from './scope';
import { readTitle } from './title';

export type MetaWithoutFormat = Omit<ReportMeta, 'format'>;

/** A province printed in the text (an address: 江西省上饶市弋阳县…), when no place resolved. */
const PROVINCE = /(?<name>[\u4e00-\u9fa5]{2,8}?(?:省|自治区))/dg;

function printedProvince(text: string): Found<string> | null {
  for (const m of text.matchAll(PROVINCE)) {
    for (let i = 0; i < m.groups!.name!.length - 1; i++) {
      const name = m.groups!.name!.slice(i);
      const d = resolvePlace(name);
      if (d?.level === 'province') {
        const start = m.indices!.groups!.name![0] + i;
        return { value: d.name, span: [start, start + name.length], rule: 'province.printed' };
      }
    }
  }
  return null;
}

function missing(field: 'body' | 'place' | 'year'): ParseIssue {
  const labels = {
    body: { zh: '报告主体（发布机关）', en: 'the reporting body' },
    place: { zh: '所属地区', en: 'the place' },
    year: { zh: '统计年度', en: 'the statistics year' },
  }[field];
  return {
    code: 'META_MISSING',
    severity: 'warning',
    message: { zh: `未能从文本中找到${labels.zh}`, en: `Could not find ${labels.en} in the text` },
    keys: [],
  };
}

export function readMeta(text: string, options?: ParseOptions): { meta: MetaWithoutFormat; issues: ParseIssue[] } {
  void options; // The file name is not trusted for meta: real names are numbers or random.
  const title = readTitle(text);
  const signature = readSignature(text);
  const who = readBody(text, title, signature);
  const year = readStatisticsYear(text) ?? title?.year ?? null;
  const publishedOn = readPublishedOn(text, signature);
  const scope = readScope(text, who.level, who.body);
  const province = who.division ? null : printedProvince(text);

  const spans: ReportMeta['spans'] = {};
  const put = (k: keyof ReportMeta['spans'], f: Found<unknown> | null) => {
    if (f) spans[k] = f.span;
  };
  put('body', who.body);
  put('place', who.place);
  put('year', year);
  put('title', title?.title ?? null);
  put('publishedOn', publishedOn);
  put('issuer', who.issuer);
  put('scope', scope);

  const meta: MetaWithoutFormat = {
    body: who.body?.value ?? null,
    place: who.place?.value ?? null,
    level: who.level,
    province: who.division?.province ?? province?.value ?? null,
    divisionCode: who.division?.code ?? null,
    year: year?.value ?? null,
    title: title?.title.value ?? null,
    publishedOn: publishedOn?.value ?? null,
    issuer: who.issuer?.value ?? null,
    scope: scope?.value ?? null,
    spans,
  };
  const issues: ParseIssue[] = [];
  if (!meta.body) issues.push(missing('body'));
  if (!meta.place) issues.push(missing('place'));
  if (meta.year === null) issues.push(missing('year'));
  return { meta, issues };
}

// What the data of a view could not serve, in plain words: one sentence per notice, shared by the
// page, the JSON and CSV downloads and the link preview (which say what the page says). Pure.

import type { Lang } from '@/lib/i18n/lang';
import { compareMessages } from '@/lib/i18n/messages/compare';
import type { CompareData, DataNotice } from './types';

export function listText(items: readonly (string | number)[], lang: Lang): string {
  return items.join(lang === 'zh' ? '、' : ', ');
}

export function dataNoticeText(n: DataNotice, lang: Lang): string {
  const m = compareMessages[lang].notices;
  switch (n.kind) {
    case 'unknown-jurisdiction':
      return m.unknownJurisdiction(listText(n.slugs, lang));
    case 'empty-province':
      return m.emptyProvince(n.province);
    case 'no-data-year':
      return m.noDataYear(n.requested, n.shown);
    case 'bar-range':
      return m.barRange(n.requested, n.shown);
    case 'per10k-not-count':
      return m.per10kNotCount;
    case 'no-population':
      return m.noPopulation(listText(n.names, lang));
    case 'per10k-agency':
      return m.per10kAgency(listText(n.names, lang));
    case 'too-many-to-show':
      return m.tooMany(n.count);
    case 'no-reports':
      return m.noReports;
    case 'absent':
      return `${m.absent(n.years)} ${n.places
        .map((p) => `${p.label[lang]} (${m.absentHas(listText(p.years, lang))})`)
        .join(lang === 'zh' ? ';' : '; ')}`;
    case 'province-absent':
      return `${m.provinceAbsent(n.province, n.years)}${n.has.length ? ` ${m.provinceHas} ${listText(n.has, lang)}` : ''}`;
  }
}

/** Everything the page warns about a view, one sentence each: its notices, then single-office reports mixed in. */
export function viewWarnings(data: Pick<CompareData, 'notices' | 'mixedScope'>, lang: Lang): string[] {
  return [...data.notices.map((n) => dataNoticeText(n, lang)), ...(data.mixedScope ? [compareMessages[lang].agencyWarning] : [])];
}

// A province's coverage as CSV (lib/http/csv.ts: UTF-8 with BOM): one row per division and year,
// with its status, so an officer can filter whom to chase. In English, each name (province,
// prefecture, division) has its English beside it (lib/places/english: the one place for them).

import type { Lang } from '@/lib/figures/keys';
import { toCsv } from '@/lib/http/csv';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import { divisionEnglish } from '@/lib/places/english';
import type { ProvinceDetail } from '.';

const HEADER = {
  zh: ['区划代码', '省份', '地级', '区划', '层级', '曾用名', '年度', '状态代码', '状态'],
  en: [
    'division code',
    'province',
    'province (English)',
    'prefecture',
    'prefecture (English)',
    'division',
    'division (English)',
    'level',
    'former names',
    'year',
    'status id',
    'status',
  ],
};

export function coverageCsv(detail: ProvinceDetail, lang: Lang): string {
  const m = qualityMessages[lang].coverage;
  const rows = detail.divisions.flatMap(({ division: d, formerNames, cells }) => {
    const english = lang === 'en' ? divisionEnglish(d) : null;
    const names = english
      ? [d.province, english.province, d.prefecture, english.prefecture, d.name, english.name]
      : [d.province, d.prefecture, d.name];
    return cells.map((c) => [d.code, ...names, d.level, formerNames.map((f) => f.name).join(' '), c.year, c.status, m.status[c.status]]);
  });
  return toCsv(HEADER[lang], rows);
}

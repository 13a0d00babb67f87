// A province's coverage as CSV (lib/http/csv.ts: UTF-8 with BOM): one row per division and year,
// with its status, so an officer can filter whom to chase.

import type { Lang } from '@/lib/figures/keys';
import { toCsv } from '@/lib/http/csv';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import type { ProvinceDetail } from '.';

const HEADER = {
  zh: ['区划代码', '省份', '地级', '区划', '层级', '曾用名', '年度', '状态代码', '状态'],
  en: ['division code', 'province', 'prefecture', 'division', 'level', 'former names', 'year', 'status id', 'status'],
};

export function coverageCsv(detail: ProvinceDetail, lang: Lang): string {
  const m = qualityMessages[lang].coverage;
  const rows = detail.divisions.flatMap((d) =>
    d.cells.map((c) => [
      d.division.code,
      d.division.province,
      d.division.prefecture,
      d.division.name,
      d.division.level,
      d.formerNames.map((f) => f.name).join(' '),
      c.year,
      c.status,
      m.status[c.status],
    ]),
  );
  return toCsv(HEADER[lang], rows);
}

// The /table page's rows as its grid prints them, in one language: each place named (in English
// with the Chinese beside), each cell's text, style and reason, each report's checks in words.
// Compact and plain, so the page sends them once to the client grid (components/tables/
// big-table-body.tsx), which renders the HTML from them, instead of a server-rendered tree that
// the RSC payload repeats element by element. Pure; run on the server (English names live there).

import type { TableCell, TableRow } from '@/lib/domain';
import { figureDef, type Lang } from '@/lib/figures/keys';
import { noNumberOf } from '@/lib/figures/no-number';
import { rateDef } from '@/lib/figures/rates';
import { formatDerived, formatNumber } from '@/lib/i18n/format';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import { withLang } from '@/lib/i18n/lang';
import { NOTATION } from '@/lib/i18n/notation';
import { placeLabel, provinceLabel } from '@/lib/places/english';
import { CHECK_TITLES } from '@/lib/quality/titles';
import { jurisdictionHref } from '@/lib/view-state/jurisdiction-params';
import { rateNote } from './table-cell-status';
import type { BigTableCellView, BigTableReasons, BigTableRowView } from './big-table-view';
import { NO_NUMBER_STATUS } from './types';

export function bigTableReasons(lang: Lang): BigTableReasons {
  const m = drilldownMessages[lang].cell;
  return {
    narrative: m.narrative,
    inferred: m.inferred,
    sum: m.sum,
    absent: NOTATION.notRead[lang],
    blank: NOTATION.blank[lang],
    notInFormat: NOTATION.notInFormat[lang],
  };
}

function cellView(id: string, cell: TableCell | undefined, format: string, lang: Lang): BigTableCellView {
  const rate = rateDef(id);
  if (rate) {
    const note = rateNote(rate, cell)?.[lang];
    const noValue = cell?.value === null || cell?.value === undefined;
    return {
      status: 'rate',
      text: formatDerived(cell?.value, rate.unit, lang),
      ...(note ? { note } : {}),
      ...(cell?.failedRelations ? { failed: true as const } : {}),
      ...(noValue && note ? { noValue: true as const } : {}),
    };
  }
  const none = noNumberOf(id, cell, format);
  if (none) {
    const status = NO_NUMBER_STATUS[none];
    return {
      status,
      text: NOTATION[none].mark,
      ...(none === 'slash' ? { reason: drilldownMessages[lang].cell.notNumber(cell?.raw ?? '/') } : {}),
    };
  }
  const groupSum = cell?.provenance === 'inferred' && figureDef(id)?.sumOf !== undefined;
  return { status: groupSum ? 'sum' : cell!.provenance!, text: formatNumber(cell!.value!, lang) };
}

function qualityView({ quality, reportId }: TableRow, lang: Lang): BigTableRowView['quality'] {
  if (!quality) return null;
  const m = qualityMessages[lang];
  const failed = quality.failedIds.map((id) => CHECK_TITLES[id][lang]);
  return {
    text: m.cell(quality.passed, quality.decided),
    title: failed.length ? m.failedNamed(failed.join(lang === 'zh' ? '、' : ', ')) : m.summary(quality.passed, quality.decided),
    failed: failed.length > 0,
    counts: `${quality.passed}/${quality.decided}`,
    href: withLang(`/reports/${reportId}#quality`, lang),
  };
}

export function toBigTableRows(rows: readonly TableRow[], columns: readonly string[], lang: Lang): BigTableRowView[] {
  return rows.map((r) => ({
    reportId: r.reportId,
    place: placeLabel(r, lang),
    placeHref: jurisdictionHref(r.slug, { reportId: r.reportId, lang }),
    reportHref: withLang(`/reports/${r.reportId}`, lang),
    province: r.province ? provinceLabel(r.province, lang) : null,
    body: r.body,
    ...(r.scope === 'agency' ? { agency: true as const } : {}),
    cells: columns.map((id) => cellView(id, r.cells[id], r.format, lang)),
    quality: qualityView(r, lang),
  }));
}

// Titles and captions of a compare view, shared by the page, its metadata, the preview image and
// the downloads.

import type { CompareData } from './types';
import type { Lang } from '@/lib/i18n/lang';
import { compareMessages } from '@/lib/i18n/messages/compare';

export function viewTitle(data: CompareData, lang: Lang): string {
  const m = compareMessages[lang];
  const what = data.composition ? data.composition[lang] : data.measure.label[lang];
  const range = data.range;
  const when = !range ? '' : range.from === range.to ? m.chartHeading.year(range.from) : m.chartHeading.range(range.from, range.to);
  return when ? `${what} · ${when}` : what;
}

/** Definition, denominator and unit, one line. */
export function viewSubtitle(data: CompareData, lang: Lang): string {
  const m = compareMessages[lang];
  if (data.composition) return `${m.compositionShare} · ${m.unit.ratio}`;
  const parts: string[] = [];
  if (data.measure.definition) parts.push(`${m.definition}: ${data.measure.definition[lang]}`);
  if (data.measure.denominatorLabel) parts.push(`${m.denominator}: ${data.measure.denominatorLabel[lang]}`);
  parts.push(m.unit[data.measure.unit]);
  return parts.join(' · ');
}

export function viewFileBase(data: CompareData): string {
  const what = data.composition ? data.composition.id : data.measure.id;
  const r = data.range;
  return `compare-${what}${r ? `-${r.from === r.to ? r.from : `${r.from}-${r.to}`}` : ''}`.replace(/[^a-zA-Z0-9.-]/g, '-');
}

/** The whole reasons of the values the chart names in short, each once (a place without a report: the notices say it). */
export function notDrawnReasons(data: CompareData, lang: Lang): string[] {
  return [...new Set(data.rows.flatMap((r) => (r.why ? [r.why.long[lang]] : [])))];
}

// The jurisdiction a parsed report belongs to, from the parser's meta (place, level, province, code).
import type { ReportMeta } from '../../parser/types';
import type { JurisdictionLevel, PlaceRecord } from './index';

const PLACE_LEVELS: readonly string[] = ['province', 'prefecture', 'county', 'district'];

function levelFromName(name: string, code: string | null): JurisdictionLevel {
  if (/(省|自治区|特别行政区)$/.test(name) || code?.endsWith('0000')) return 'province';
  if (/(综合实验区|新区|开发区)$/.test(name)) return 'zone';
  if (/(县|旗)$/.test(name)) return 'county';
  if (/区$/.test(name)) return 'district';
  return 'prefecture';
}

/** Null when the report names no place: such a report cannot be filed under a jurisdiction. */
export function placeFromMeta(meta: ReportMeta): PlaceRecord | null {
  if (!meta.place) return null;
  const level = meta.level && PLACE_LEVELS.includes(meta.level) ? (meta.level as JurisdictionLevel) : levelFromName(meta.place, meta.divisionCode);
  return { name: meta.place, level, province: meta.province, divisionCode: meta.divisionCode };
}

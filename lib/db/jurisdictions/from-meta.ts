// The jurisdiction a parsed report belongs to: the parser's meta (place, province, code) resolved
// through lib/places to a GB/T 2260 division with its enclosing prefecture and province.
import { divisionByCode, resolvePlace, type Division } from '../../places';
import type { ReportMeta } from '../../parser/types';
import type { JurisdictionLevel, PlaceRecord } from './index';

function levelFromName(name: string): JurisdictionLevel {
  if (/(省|自治区|特别行政区)$/.test(name)) return 'province';
  if (/(实验区|新区|开发区)$/.test(name)) return 'zone';
  if (/(县|旗)$/.test(name)) return 'county';
  if (/区$/.test(name)) return 'district';
  return 'prefecture';
}

function enclosing(d: Division): Division | null {
  if (d.level === 'province') return null;
  // Districts of municipalities sit under a pseudo-prefecture (市辖区) that lib/places leaves out.
  const prefecture = d.level === 'prefecture' ? null : divisionByCode(`${d.code.slice(0, 4)}00`);
  return prefecture ?? divisionByCode(`${d.code.slice(0, 2)}0000`);
}

function record(d: Division): PlaceRecord {
  const parent = enclosing(d);
  return { name: d.name, level: d.level, province: d.province, divisionCode: d.code, parent: parent ? record(parent) : null };
}

/**
 * Null when the report names no place. A place lib/places knows becomes its division (with parents);
 * a place that only governs a division's area under another name (平潭综合实验区 → 平潭县) keeps its
 * own name, without the division's code (it has none of its own), under the same province; an
 * unknown place is filed as printed.
 */
export function placeFromMeta(meta: ReportMeta): PlaceRecord | null {
  const name = meta.place?.replace(/\s+/g, '');
  if (!name) return null;
  const division = (meta.divisionCode ? divisionByCode(meta.divisionCode) : null) ?? resolvePlace(name, meta.province);
  if (!division) return { name, level: levelFromName(name), province: meta.province, divisionCode: null };
  // 淮安市洪泽区 → 洪泽区 and 阜阳 → 阜阳市 are the division itself; anything else is another body's name for its area.
  const sameName = name.endsWith(division.name) || division.name.startsWith(name);
  if (sameName) return record(division);
  const province = divisionByCode(`${division.code.slice(0, 2)}0000`);
  return { name, level: levelFromName(name), province: division.province, divisionCode: null, parent: province ? record(province) : null };
}

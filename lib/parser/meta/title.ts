// The title (政府信息公开工作年度报告 and its variants), and the name and year printed in it.
// Seen: a line of its own, a 名称:/标题: field of the page header, a title wrapped over two PDF
// lines (淮安市洪泽区人民政府 / 2024 年政府信息公开工作年度报告), or inside a sentence
// (现向社会公布2020年乌兰察布市政府办公室信息公开工作年度报告).

import { D, type Found, headLines, toInt, trimmedSpan } from './found';

export interface TitleFound {
  title: Found<string>;
  /** The name printed before or after the year: 阜阳市人民政府, 宁波市, 乌兰察布市政府办公室. */
  name: Found<string> | null;
  year: Found<number>;
}

const NAME = '[\\u4e00-\\u9fa5（）()]{2,40}?';
const TAIL = '(?:政府信息公开|政务公开|信息公开)(?:工作)?的?(?:年度)?(?:工作)?报告';
/** 关于 between the name and the year: 某某市人民政府关于2021年度政府信息公开工作的年度报告. */
const ABOUT = '(?:关于)?';
/** A whole title; name before or after the year. */
const TITLE = new RegExp(`^(?<pre>${NAME})?\\s*${ABOUT}\\s*(?<year>[12]${D}{3})\\s*年\\s*度?\\s*(?<mid>${NAME})?\\s*${TAIL}$`, 'd');
/** A title inside a sentence or a header field, bounded by punctuation or a label. */
const EMBEDDED = new RegExp(
  `(?:^|[：:，。、\\s]|公布|发布)(?<pre>${NAME})?${ABOUT}(?<year>[12]${D}{3})\\s*年\\s*度?(?<mid>${NAME})?${TAIL}`,
  'dg',
);
/** A name that can be a body's names a place (阜阳市…, 平潭综合实验区…), not only 政府. */
const PLACE_WORD = /[省市县区旗州盟]/;
/** Only the first lines can hold the title: the rest is the report's body. */
const HEAD_LINES = 40;
const HEAD_CHARS = 4000;

function fromMatch(m: RegExpExecArray, base: number, rule: string, text: string): TitleFound | null {
  const g = m.indices!.groups!;
  const year = toInt(m.groups!.year!);
  if (year < 2000 || year > 2100) return null;
  const nameKey = m.groups!.pre ? 'pre' : m.groups!.mid ? 'mid' : null;
  const start = base + (m.groups!.pre ? g.pre![0] : g.year![0]);
  const end = base + m.indices![0]![1];
  return {
    title: { value: text.slice(start, end).replace(/\s+/g, ''), span: [start, end], rule },
    name: nameKey ? { value: m.groups![nameKey]!, span: [base + g[nameKey]![0], base + g[nameKey]![1]], rule } : null,
    year: { value: year, span: [base + g.year![0], base + g.year![1]], rule },
  };
}

export function readTitle(text: string): TitleFound | null {
  const lines = headLines(text, HEAD_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const [s, e] = trimmedSpan(line);
    const m = TITLE.exec(text.slice(s, e));
    if (m) {
      const found = fromMatch(m, s, 'title.line', text);
      if (found) return found;
    }
    // A PDF title wrapped after the body's name: the next line starts with the year.
    const next = lines[i + 1];
    if (next && /^[\u4e00-\u9fa5]{2,30}$/.test(line.text.trim())) {
      const joined = `${line.text.trim()}${next.text.trim()}`;
      const j = TITLE.exec(joined);
      if (j?.groups?.pre === line.text.trim()) {
        const [ns, ne] = trimmedSpan(next);
        const year = toInt(j.groups.year!);
        if (year >= 2000 && year <= 2100) {
          const yearAt = ns + next.text.trim().indexOf(j.groups.year!);
          return {
            title: { value: joined.replace(/\s+/g, ''), span: [s, ne], rule: 'title.twoLines' },
            name: { value: j.groups.pre, span: [s, e], rule: 'title.twoLines' },
            year: { value: year, span: [yearAt, yearAt + j.groups.year!.length], rule: 'title.twoLines' },
          };
        }
      }
    }
  }
  // Inside text, only a title that names its body: a page's links to other years' reports
  // (相关链接：2018年政府信息公开工作年度报告) name none, and their year is not the report's.
  const head = text.slice(0, HEAD_CHARS);
  EMBEDDED.lastIndex = 0;
  for (let m = EMBEDDED.exec(head); m; m = EMBEDDED.exec(head)) {
    if (PLACE_WORD.test(m.groups!.pre ?? '') || PLACE_WORD.test(m.groups!.mid ?? '')) {
      EMBEDDED.lastIndex = 0;
      return fromMatch(m, 0, 'title.embedded', text);
    }
  }
  return null;
}

// Scope: does the report combine the whole jurisdiction (aggregate) or cover one body (agency)?
// Evidence, strongest first: the compiling sentence (综合全县17个乡镇(街道)人民政府、有关部门…编制,
// 汇总…各有关单位…编制), a jurisdiction-wide figure (全市新收依申请公开835件), the body's kind.

import type { AdminLevel, ReportScope } from '../types';
import { type Found, inEnds } from './found';

const COMBINED =
  /(?:综合|汇总)[^。；;]{0,40}?(?:全(?:省|市|县|区|旗|州)|各级|各(?:县|区|乡|镇|街道|部门|单位|有关)|有关(?:部门|单位))[^。；;]{0,80}?编制/d;
const WIDE_FIGURE = /全(?:省|市|县|区|旗)(?:共|累计|各级各部门)?(?:新收|受理|收到|办理)[^。；;]{0,16}?申请/d;

export function readScope(text: string, level: AdminLevel | null, body: Found<string> | null): Found<ReportScope> | null {
  // The compiling sentence stands near the start (or the end); searching it is costly on long text.
  const combined = inEnds(text, (part, base): Found<ReportScope> | null => {
    const m = COMBINED.exec(part);
    return m ? { value: 'aggregate', span: [base + m.index, base + m.index + m[0].length], rule: 'scope.compiled' } : null;
  });
  if (combined) return combined;
  if (body && (level === 'office' || level === 'department')) return { value: 'agency', span: body.span, rule: 'scope.body' };
  const wide = WIDE_FIGURE.exec(text);
  if (wide) return { value: 'aggregate', span: [wide.index, wide.index + wide[0].length], rule: 'scope.wideFigure' };
  // A people's government reports for its whole administration (the national format's rule).
  if (body && level && level !== 'office' && level !== 'department')
    return { value: 'aggregate', span: body.span, rule: 'scope.government' };
  return null;
}

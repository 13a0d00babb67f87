// Which applicant columns table 3 prints, in which order, from its header: the template's seven
// (自然人, the five 法人或其他组织, 总计), 总计 first, 法人或其他组织 as one column (its five not
// apart: no figure), or 总计 alone. A header that names no applicant column says nothing: the
// template is assumed (headers are lost in copying far more often than they are redrawn).

import type { ApplicantColumn } from '../../figures/keys';
import { APPLICANT_COLUMNS } from '../../figures/keys';

export type ApplicantLayout =
  | { kind: 'template' }
  /** Columns in printed order; null: a column that is no figure (法人或其他组织 as one sum). */
  | { kind: 'total-first' | 'merged' | 'total-only'; columns: (ApplicantColumn | null)[] };

/** The five legal-person columns, by fragments that survive a narrow PDF cell's wrap (商业企 / 业). */
const PARTS = ['商业', '科研', '公益', '法律服'];
const PARTS_NEEDED = 2;

const TEMPLATE_ORDER = APPLICANT_COLUMNS.map((c) => c.id);

/**
 * The layout the header's text (spaces removed, from the table's start to its first row label)
 * names. 总计 before 自然人 is total-first only with the five printed too; 自然人 and
 * 法人或其他组织 without the five is merged; a header naming 总计 (or a count column) and no
 * applicant at all is total-only.
 */
export function applicantLayout(header: string): ApplicantLayout {
  const natural = header.indexOf('自然人');
  const total = header.indexOf('总计');
  const parts = PARTS.filter((p) => header.includes(p)).length;
  if (natural !== -1 && parts >= PARTS_NEEDED)
    return total !== -1 && total < natural
      ? { kind: 'total-first', columns: ['total', ...TEMPLATE_ORDER.filter((c) => c !== 'total')] }
      : { kind: 'template' };
  if (natural !== -1 && parts === 0 && header.includes('法人或其他组织') && total > natural)
    return { kind: 'merged', columns: ['natural', null, 'total'] };
  // columns a converter numbered (数据1 … 数据6, 总计) are several columns, not 总计 alone
  if (natural === -1 && parts === 0 && !header.includes('法人') && !/数据\d/.test(header) && /总计|数量|件数/.test(header.slice(-40)))
    return { kind: 'total-only', columns: ['total'] };
  return { kind: 'template' };
}

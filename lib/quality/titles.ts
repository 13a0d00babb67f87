// The checks' names, zh/en, once.

import type { Label } from '@/lib/figures/keys';
import type { CheckId } from './types';

export const CHECK_TITLES: Record<CheckId, Label> = {
  tables: { zh: '表格齐全', en: 'Tables present and complete' },
  sums: { zh: '勾稽关系', en: 'Sums (勾稽关系)' },
  continuity: { zh: '与上年衔接', en: 'Follows from last year' },
  onTime: { zh: '按时公布', en: 'Published on time' },
  narrative: { zh: '正文与表格一致', en: 'Text agrees with tables' },
  sections: { zh: '六部分齐全', en: 'Six sections present' },
};

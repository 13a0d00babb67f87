// How each cell status looks (./cell-styles.module.css), shared by the grids, their legend and the
// table of every jurisdiction.

import type { NoNumber } from '@/lib/i18n/notation';
import type { CellStatus } from '@/lib/tables/types';
import styles from './cell-styles.module.css';

export const STATUS_CLASS: Record<CellStatus, string> = {
  table: styles.table!,
  narrative: styles.narrative!,
  inferred: styles.inferred!,
  notNumber: styles.notNumber!,
  blank: styles.blank!,
  sum: styles.sum!,
  absent: styles.faint!,
  notInFormat: styles.faint!,
};

/** The cell style of each figure without a number (lib/i18n/notation.ts). */
export const NO_NUMBER_STATUS = {
  notRead: 'absent',
  blank: 'blank',
  slash: 'notNumber',
  notInFormat: 'notInFormat',
} as const satisfies Record<NoNumber, CellStatus>;

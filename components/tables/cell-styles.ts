// How each cell status looks (./cell-styles.module.css), shared by the grids, their legend and the
// table of every jurisdiction.

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

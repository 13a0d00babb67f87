// How each cell status looks, shared by the grids and their legend.

import type { NoNumber } from '@/lib/i18n/notation';
import type { CellStatus } from '@/lib/tables/types';

export const STATUS_CLASS: Record<CellStatus, string> = {
  table: 'text-ink',
  narrative: 'text-ink underline decoration-oi-sky decoration-dotted decoration-2 underline-offset-4',
  inferred: 'italic text-warn bg-[repeating-linear-gradient(135deg,var(--color-warn-soft)_0_4px,transparent_4px_8px)]',
  notNumber: 'text-ink-mute bg-wash',
  blank: 'text-ink-mute text-xs border border-dashed border-rule',
  sum: 'text-ink-soft',
  absent: 'text-ink-mute/60',
  notInFormat: 'text-ink-mute/60',
};

/** The cell style of each figure without a number (lib/i18n/notation.ts). */
export const NO_NUMBER_STATUS = {
  notRead: 'absent',
  blank: 'blank',
  slash: 'notNumber',
  notInFormat: 'notInFormat',
} as const satisfies Record<NoNumber, CellStatus>;

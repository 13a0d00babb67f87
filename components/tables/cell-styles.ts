// How each cell status looks, shared by the grids and their legend.

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

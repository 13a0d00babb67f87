// The mark printed after a label for each flag kind (explained in the legend). Its own module so
// client components can use it without the series builders.

import type { ValueFlag } from './types';

export const FLAG_MARKS: Record<ValueFlag['kind'], string> = {
  narrative: '†',
  inferred: '‡',
  'checks-failed': '!',
  agency: '',
};

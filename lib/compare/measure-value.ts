// A measure picker choice (`rate:<id>`, `t3:<row>`, `t4:<group>`, `key:<figure key>`) and its column
// to the measure in the URL. Plain string work, shared by the server's options and the client form.

import type { Measure } from '@/lib/view-state/params';

/** The URL value (figure key or rate id) for a choice and column. */
export function measureValueOf(choice: string, column: string | null): string {
  const colon = choice.indexOf(':');
  const kind = choice.slice(0, colon);
  const rest = choice.slice(colon + 1);
  if (kind === 't3' || kind === 't4') return `${rest}.${column ?? 'total'}`;
  return rest;
}

/** The measure a choice and column stand for (every pair the picker offers is valid: measure-options.test.ts). */
export function measureOfChoice(choice: string, column: string | null): Measure {
  const value = measureValueOf(choice, column);
  return choice.startsWith('rate:') ? { kind: 'rate', id: value } : { kind: 'figure', key: value };
}

// The officer's corrections of a report's meta (body, year, scope) as a save request sends them,
// checked field by field. Figures are never corrected. Applying and recording them (parsed value,
// corrected value, time) is the platform's save (lib/db/ingest).

import type { MetaCorrections } from './types';

const MAX_BODY = 200;

/** Reads the `corrections` JSON a save sends; a reason when it is not acceptable. */
export function parseCorrections(raw: string | undefined): { ok: true; value: MetaCorrections } | { ok: false; reason: string } {
  if (raw === undefined || raw.trim() === '') return { ok: true, value: {} };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'corrections is not JSON' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { ok: false, reason: 'corrections must be an object' };
  const value: MetaCorrections = {};
  for (const [field, v] of Object.entries(data)) {
    if (field === 'body') {
      if (typeof v !== 'string' || v.trim() === '' || v.trim().length > MAX_BODY)
        return { ok: false, reason: `body must be 1–${MAX_BODY} characters` };
      value.body = v.trim();
    } else if (field === 'year') {
      if (!Number.isInteger(v) || (v as number) < 1990 || (v as number) > 2100)
        return { ok: false, reason: 'year must be a whole number from 1990 to 2100' };
      value.year = v as number;
    } else if (field === 'scope') {
      if (v !== 'aggregate' && v !== 'agency') return { ok: false, reason: 'scope must be aggregate or agency' };
      value.scope = v;
    } else {
      return { ok: false, reason: `"${field.slice(0, 40)}" cannot be corrected (only body, year, scope)` };
    }
  }
  return { ok: true, value };
}

// Test fixture: bundled reports (data/reports) read by the parser and turned into the checks' input,
// as the database hands them over (sections and the printed dates read from the same text).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseReport } from '@/lib/parser';
import { printedDatesOf, sectionsOf } from '../text';
import type { QualityReport, ReportDates } from '../types';

/**
 * A bundled report as the checks read it; `dates` overrides what the database would add (the
 * collected page's date, the day it was first held); `edit` changes the text first (a signature line).
 */
export function bundledReport(file: string, dates: Partial<ReportDates> = {}, edit: (text: string) => string = (t) => t): QualityReport {
  const text = edit(readFileSync(path.join(process.cwd(), 'data/reports', file), 'utf8'));
  const outcome = parseReport(text, { fileName: path.basename(file) });
  if (!outcome.ok) throw new Error(`${file}: ${outcome.refusal.message.en}`);
  const { meta, figures, provenance, issues } = outcome.result;
  return {
    year: meta.year!,
    format: meta.format,
    scope: meta.scope!,
    figures: new Map(
      Object.entries(figures).map(([key, value]) => {
        const p = provenance[key]!;
        return [key, { value, provenance: p.via, raw: p.raw ?? null, basis: p.basis ?? null }];
      }),
    ),
    issues: issues.map((i) => ({ code: i.code, keys: i.keys, numbers: i.numbers ?? null })),
    sections: sectionsOf(text),
    dates: { page: null, ...printedDatesOf(text, meta.publishedOn), heldSince: null, ...dates },
  };
}

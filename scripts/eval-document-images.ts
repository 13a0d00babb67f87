// `npx tsx scripts/eval-document-images.ts`: reports whose statistics table is a picture inside a
// DOCX (docs/ocr.md), measured: for each bundled seed with the national tables, table 3 and table 4
// each typeset alone as a picture with a scanner's damage (seeded) at 150 and 300 dpi and put where
// the table stood; the DOCX recognised and read as the worker does. Prints, per case, the table's
// figures exact / missing / WRONG against the seed's text version, and the seconds of recognition.
// Test data only, made here; nothing is written.

import path from 'node:path';
import { docxOf } from '../lib/extract/testing/zip';
import { recogniseFile } from '../lib/ocr';
import { readRecognised } from '../lib/ocr/read';
import { SCANNER } from '../lib/ocr/testing/damage';
import { tableImageReport } from '../lib/ocr/testing/table-scan';

const root = path.resolve(import.meta.dirname, '..');
/** The bundled seeds that print the national tables (002 reports in sentences only; 004 is of 2017). */
const SEEDS = ['000-fuyang-2020.txt', '001-yiyang-2020.txt', '003-wulanchabu-office-2020.txt'];

async function main(): Promise<void> {
  const total = { exact: 0, missing: 0, wrong: 0, figures: 0 };
  console.log('seed | table | dpi | exact / missing / WRONG | recognition s');
  for (const seed of SEEDS)
    for (const table of [3, 4] as const)
      for (const dpi of [150, 300]) {
        const report = await tableImageReport(root, { seed, table, dpi, damage: SCANNER, random: table * 10 + dpi });
        const parts = [...report.before, { image: report.jpeg, extension: 'jpeg', contentType: 'image/jpeg' }, ...report.after];
        const started = performance.now();
        const outcome = await recogniseFile(docxOf(parts.filter((p) => p !== '')));
        const seconds = (performance.now() - started) / 1000;
        const read = outcome.ok ? readRecognised(outcome.recognised.doc, 'report.docx', outcome.recognised) : null;
        const figures = read?.ok ? read.result.figures : {};
        let exact = 0;
        const wrong: string[] = [];
        for (const [key, value] of Object.entries(report.expected)) {
          const got = figures[key];
          if (got === value) exact++;
          else if (got !== null && got !== undefined) wrong.push(`${key} ${value}→${got}`);
        }
        const n = Object.keys(report.expected).length;
        total.exact += exact;
        total.wrong += wrong.length;
        total.missing += n - exact - wrong.length;
        total.figures += n;
        console.log(
          `${seed} | ${table} | ${dpi} | ${exact} / ${n - exact - wrong.length} / ${wrong.length} ${wrong.join(', ')} | ${seconds.toFixed(1)}`,
        );
      }
  console.log(
    `all | | | ${total.exact} / ${total.missing} / ${total.wrong} (${((100 * total.exact) / total.figures).toFixed(1)}% exact of ${total.figures}) |`,
  );
}

void main();

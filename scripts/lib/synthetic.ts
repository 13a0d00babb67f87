// The national synthetic corpus for the benchmarks (lib/db/testing/synthetic-reports.ts): the
// bundled reports read once as bases, and a variant as the read the ingest step would have made.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledReportFiles } from '../../lib/db/ingest/bundled';
import { createReader } from '../../lib/ingest';
import { syntheticReports, type BaseReport, type Generator } from '../../lib/db/testing/synthetic-reports';
import { repoRoot } from './cli';

export { variantInput } from '../../lib/db/testing/synthetic-input';

/** The generator of a corpus of `total` reports, its bases read from the bundled reports. */
export async function bundledGenerator(total: number): Promise<Generator> {
  const reader = createReader({ readers: 1 });
  const candidates: BaseReport[] = [];
  try {
    for (const file of bundledReportFiles(repoRoot)) {
      const read = await reader.read(new Uint8Array(readFileSync(file)), path.basename(file));
      if (read.ok) candidates.push({ name: path.basename(file), text: read.text, result: read.result });
    }
  } finally {
    await reader.close();
  }
  const generator = syntheticReports(candidates, { total });
  const { plan } = generator;
  console.log(
    `Corpus plan: ${plan.governments} governments and ${plan.departments} departments × 18 years (${plan.size} body-years)` +
      `${plan.unnamed.length ? `; left out, no unambiguous name: ${plan.unnamed.length}` : ''}` +
      `\nBases: ${generator.bases.join(', ')}${generator.skipped.length ? `\nLeft out: ${generator.skipped.join('; ')}` : ''}`,
  );
  return generator;
}

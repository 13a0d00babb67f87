// A variant of the synthetic corpus (./synthetic-reports.ts) as the ingest step's read of a text
// file, its figures known (no parse): for the benchmarks and the database tests that fill a corpus.
import type { PrepareInput } from '../ingest';
import { tableFigureCount } from '../../ingest';
import type { Variant } from './synthetic-reports';

export function variantInput(v: Variant): PrepareInput {
  return {
    bytes: v.bytes,
    fileName: v.fileName,
    read: {
      ok: true,
      text: v.bytes.toString('utf8'),
      fileType: 'txt',
      mimeType: 'text/plain',
      encoding: 'utf-8',
      result: v.result,
      tableFigures: tableFigureCount(v.result),
    },
  };
}

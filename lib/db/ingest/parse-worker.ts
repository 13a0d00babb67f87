// Worker thread body for parallel.ts: parses texts it is sent, answers with the outcome.
import { parentPort } from 'node:worker_threads';
import { parseReport } from '../../parser';
import type { ParseOptions } from '../../parser/types';

parentPort!.on('message', ({ id, text, options }: { id: number; text: string; options: ParseOptions }) => {
  parentPort!.postMessage({ id, outcome: parseReport(text, options) });
});

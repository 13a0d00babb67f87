// Parsing on worker threads: parseReport is CPU-bound (~10 ms a report), so bulk ingest parses on
// several cores while the main thread hashes, writes and waits for PostgreSQL.
import { Worker } from 'node:worker_threads';
import type { ParseOptions, ParseOutcome } from '../../parser/types';
import { defaultDeps } from './deps';
import type { IngestDeps } from './index';

export interface ParallelDeps extends IngestDeps {
  close(): Promise<void>;
}

export function parallelDeps(threads: number): ParallelDeps {
  const script = new URL('./parse-worker.mjs', import.meta.url);
  const workers = Array.from({ length: threads }, () => new Worker(script));
  const pending = new Map<number, (outcome: ParseOutcome) => void>();
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  let nextId = 0;
  for (const w of workers) {
    w.on('message', ({ id, outcome }: { id: number; outcome: ParseOutcome }) => {
      load.set(w, load.get(w)! - 1);
      pending.get(id)!(outcome);
      pending.delete(id);
    });
    w.on('error', (error) => {
      throw error;
    });
  }
  return {
    ...defaultDeps,
    parse(text: string, options: ParseOptions): Promise<ParseOutcome> {
      const worker = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
      load.set(worker, load.get(worker)! + 1);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        worker.postMessage({ id, text, options });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

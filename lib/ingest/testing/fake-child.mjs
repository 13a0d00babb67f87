// A reader process for tests of the pool (lib/ingest/pool.ts): the real one (scripts/cli.mjs
// ingest-child), except for files whose name asks it to misbehave:
//   hang…    never answers (a busy loop: not even timers run);
//   heap…    fills its V8 heap until V8 gives up;
//   buffers… fills memory outside the heap (Buffers), which the heap cap does not count;
//   exit…    exits at once.
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The real reader answers every other file. Its listener and its "ready" come first; this one is
// attached before any file can arrive (the parent sends on "ready", read on a later turn).
process.argv.splice(2, 0, 'ingest-child');
await import(pathToFileURL(path.resolve(import.meta.dirname, '../../../scripts/cli.mjs')).href);

const held = [];
process.on('message', ({ request }) => {
  const name = request.fileName;
  if (name.startsWith('hang')) for (;;);
  if (name.startsWith('heap')) for (;;) held.push(Array.from({ length: 1e5 }, (_, i) => ({ i })));
  if (name.startsWith('buffers')) for (;;) held.push(Buffer.alloc(16 * 1024 * 1024, 1));
  if (name.startsWith('exit')) process.exit(3);
});

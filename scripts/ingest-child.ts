// Not a command: the entry of the reader processes lib/ingest starts (lib/ingest/pool.ts), run
// by scripts/cli.mjs as a bundle so that each starts in a fraction of a second.
import '../lib/ingest/child';

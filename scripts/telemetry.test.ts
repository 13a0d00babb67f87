// Nothing the project runs may reach beyond this machine: every place that starts Next (`next build`,
// `next start`, `next dev`) must turn its usage reports off.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');
const VARIABLE = 'NEXT_TELEMETRY_DISABLED';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'generated' || name === 'node_modules' ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs)$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Code that starts Next: its binary resolved, or `next build|start|dev` run through npx. */
const STARTS_NEXT = /next\/dist\/bin\/next|\[\s*'next',\s*'(build|start|dev)'/;

describe('Next telemetry', () => {
  it('is disabled by every package.json script that runs next', () => {
    const scripts: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
    const runningNext = Object.entries(scripts).filter(([, command]) => /(^|\s)next\s/.test(command));
    expect(runningNext.length).toBeGreaterThan(0);
    for (const [name, command] of runningNext) expect(command, name).toContain(`${VARIABLE}=1`);
  });

  it('is disabled by every module that starts Next, and by CI', () => {
    const starters = ['scripts', 'lib', 'e2e']
      .flatMap((d) => sourceFiles(path.join(ROOT, d)))
      .filter((f) => STARTS_NEXT.test(readFileSync(f, 'utf8')));
    expect(starters.map((f) => path.relative(ROOT, f))).toEqual(expect.arrayContaining(['scripts/lib/next.ts', 'scripts/test-all.ts']));
    // Either names the variable or spreads NO_TELEMETRY (scripts/lib/next.ts, which names it).
    for (const file of starters)
      expect(readFileSync(file, 'utf8'), path.relative(ROOT, file)).toMatch(new RegExp(`${VARIABLE}|\\.\\.\\.NO_TELEMETRY`));
    expect(readFileSync(path.join(ROOT, 'playwright.config.ts'), 'utf8')).toContain(`${VARIABLE}: '1'`);
    expect(readFileSync(path.join(ROOT, '.ci/run'), 'utf8')).toMatch(new RegExp(`export ${VARIABLE}=1`));
  });
});

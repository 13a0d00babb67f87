// The layers, enforced: data flows one way (route → query → view model → component), so nothing
// below imports from above. The view models and everything they build on (lib/compare,
// lib/tables, lib/view-state, lib/figures, lib/i18n) never import the data layer, the routes or
// the components; the data layer (lib/db) never imports the view models; the shared shapes
// (lib/domain) import nothing of the project but the figure catalogue. Every import is read with
// TypeScript's own scanner: static, `export … from`, dynamic import() and require().

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

interface Rule {
  /** Folder whose modules the rule constrains. */
  from: string;
  /** Folders they may not import. */
  never: string[];
  why: string;
}

const RULES: Rule[] = [
  ...['lib/compare', 'lib/tables', 'lib/view-state', 'lib/figures', 'lib/i18n', 'lib/data-package'].map((from) => ({
    from,
    never: ['lib/db', 'app', 'components'],
    why: 'view models and what they build on are pure: rows in, view data out',
  })),
  { from: 'lib/db', never: ['lib/compare', 'lib/tables'], why: 'queries return rows; the view models shape them' },
  {
    from: 'lib/domain',
    never: ['lib/db', 'lib/compare', 'lib/tables', 'lib/view-state', 'lib/i18n', 'lib/http', 'lib/parser', 'app', 'components'],
    why: 'the shared shapes are a leaf every layer may import',
  },
];

/** Project-relative path of what a specifier names (null: a package). */
export function resolveSpecifier(fromFile: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return specifier.slice(2);
  if (specifier.startsWith('.')) return path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, fromFile)), specifier));
  return null;
}

export function importsOf(source: string): string[] {
  return ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
}

const inside = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

/** `file imports target` for every import of `file` (given its source) that a rule forbids. */
export function violations(file: string, source: string, rules: readonly Rule[] = RULES): string[] {
  const out: string[] = [];
  for (const rule of rules.filter((r) => inside(file, r.from))) {
    for (const specifier of importsOf(source)) {
      const target = resolveSpecifier(file, specifier);
      const hit = target === null ? undefined : rule.never.find((folder) => inside(target, folder));
      if (hit) out.push(`${file} imports ${specifier} (${hit}): ${rule.why}`);
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = `${dir}/${name}`;
    if (name === 'generated' || name === 'node_modules') return [];
    if (statSync(path.join(ROOT, file)).isDirectory()) return sourceFiles(file);
    return /\.(ts|tsx|mts|mjs)$/.test(name) ? [file] : [];
  });
}

describe('layers', () => {
  it('no module imports a layer above its own', () => {
    const files = [...new Set(RULES.map((r) => r.from))].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => violations(file, readFileSync(path.join(ROOT, file), 'utf8')))).toEqual([]);
  });

  it('sees every kind of import, by alias or relative path', () => {
    const source = [
      "import { db } from '@/lib/db/client';",
      "import type { X } from '../db/queries/reshape';",
      "export { y } from '@/components/charts/palette';",
      "const z = await import('@/app/compare/load-compare-view');",
      "const w = require('../../app/page');",
      "import { fine } from '@/lib/figures/keys';",
      "import pg from 'pg';",
    ].join('\n');
    expect(violations('lib/compare/example.ts', source).map((v) => v.split(' (')[0])).toEqual([
      'lib/compare/example.ts imports @/lib/db/client',
      'lib/compare/example.ts imports ../db/queries/reshape',
      'lib/compare/example.ts imports @/components/charts/palette',
      'lib/compare/example.ts imports @/app/compare/load-compare-view',
      'lib/compare/example.ts imports ../../app/page',
    ]);
    expect(violations('lib/db/queries/x.ts', "import { a } from '@/lib/compare/types';\nimport { b } from '@/lib/domain';")).toHaveLength(
      1,
    );
    expect(violations('lib/domain/x.ts', "import type { Label } from '@/lib/figures/keys';")).toEqual([]);
    expect(violations('app/page.tsx', "import { db } from '@/lib/db/client';")).toEqual([]);
  });
});

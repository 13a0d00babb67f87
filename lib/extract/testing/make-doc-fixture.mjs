// Makes yiyang-2020.doc, the old-Word fixture of lib/extract's tests, from seed 001: its text with
// each of its tables (one cell per line in the seed, rows ended by a line of pipes) as a real
// table, saved as HTML and converted by LibreOffice (Debian's libreoffice-writer-nogui):
//   node lib/extract/testing/make-doc-fixture.mjs
// Committed as made (about 40 KB), so the tests need no LibreOffice.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const lines = readFileSync(path.join(root, 'data/reports/seeds/001-yiyang-2020.txt'), 'utf8').split('\n');
const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const html = [];
let row = [];
let rows = null;
for (const line of lines) {
  const cell = /^(.*\S) \|$/.exec(line);
  if (cell || /^\|+$/.test(line)) {
    rows ??= [];
    if (cell) row.push(cell[1]);
    else if (row.length) rows.push(row.splice(0));
    continue;
  }
  if (rows && row.length) rows.push(row.splice(0));
  if (rows)
    html.push(`<table border="1">${rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</table>`);
  rows = null;
  if (line.trim()) html.push(`<p>${escape(line)}</p>`);
}
const dir = mkdtempSync(path.join(tmpdir(), 'doc-fixture-'));
writeFileSync(
  path.join(dir, 'yiyang-2020.html'),
  `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html.join('\n')}</body></html>`,
);
execFileSync('soffice', ['--headless', '--convert-to', 'doc:MS Word 97', '--outdir', dir, path.join(dir, 'yiyang-2020.html')], {
  stdio: 'inherit',
});
renameSync(path.join(dir, 'yiyang-2020.doc'), path.join(import.meta.dirname, 'yiyang-2020.doc'));

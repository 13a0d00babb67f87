// Makes the HTML and DOCX renderings of seed 001 in data/gold/renderings/ (no real HTML page or
// DOCX of a bundled report exists, and the gold set holds one report per input kind): the seed's
// text with each of its tables (one cell per line, rows ended by a line of pipes) as a real table,
// as lib/extract/testing/make-doc-fixture.mjs does for the .doc. Committed as made:
//   npx tsx scripts/make-gold-renderings.ts

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zip } from '../lib/extract/testing/zip';

const root = path.resolve(import.meta.dirname, '..');
const lines = readFileSync(path.join(root, 'data/reports/seeds/001-yiyang-2020.txt'), 'utf8').split('\n');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

type Block = { kind: 'p'; text: string } | { kind: 'table'; rows: string[][] };
const blocks: Block[] = [];
const row: string[] = [];
let rows: string[][] | null = null;
for (const line of lines) {
  const cell = /^(.*\S) \|$/.exec(line);
  if (cell || /^\|+$/.test(line)) {
    rows ??= [];
    if (cell) row.push(cell[1]!);
    else if (row.length) rows.push(row.splice(0));
    continue;
  }
  if (rows && row.length) rows.push(row.splice(0));
  if (rows) blocks.push({ kind: 'table', rows });
  rows = null;
  if (line.trim()) blocks.push({ kind: 'p', text: line });
}
if (rows) blocks.push({ kind: 'table', rows: row.length ? [...rows, row] : rows });

const html = blocks
  .map((b) =>
    b.kind === 'p'
      ? `<p>${escape(b.text)}</p>`
      : `<table border="1">${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`).join('')}</table>`,
  )
  .join('\n');
writeFileSync(
  path.join(root, 'data/gold/renderings/001-yiyang-2020.html'),
  `<!doctype html>\n<html lang="zh"><head><meta charset="utf-8"><title>弋阳县2020年政府信息公开工作年度报告</title></head><body>\n${html}\n</body></html>\n`,
);

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${escape(t)}</w:t></w:r></w:p>`;
const body = blocks
  .map((b) =>
    b.kind === 'p'
      ? para(b.text)
      : `<w:tbl>${b.rows.map((r) => `<w:tr>${r.map((c) => `<w:tc>${para(c)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`,
  )
  .join('');
const docx = zip(
  {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
  },
  { deflate: true },
);
writeFileSync(path.join(root, 'data/gold/renderings/001-yiyang-2020.docx'), docx);
console.log('wrote data/gold/renderings/001-yiyang-2020.{html,docx}');

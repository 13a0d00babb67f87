// Old Word (.doc) and WPS Writer (.wps in Word's format): a real-shaped fixture made by LibreOffice
// from seed 001 (testing/make-doc-fixture.mjs), and synthetic bodies for the row rules.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docBodyToText } from './doc';
import { extractText } from './index';

const fixture = new Uint8Array(readFileSync(path.join(import.meta.dirname, 'testing/yiyang-2020.doc')));

/** An OLE compound file header followed by UTF-16LE stream names, as a directory holds them. */
function ole(...streams: string[]): Uint8Array {
  const names = streams.map((s) => Buffer.from(s, 'utf16le'));
  return new Uint8Array(Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), ...names, Buffer.alloc(512)]));
}

describe('.doc', () => {
  it('reads a Word 97 file: paragraphs as lines, each table row as one line of " | " cells', async () => {
    const r = await extractText(fixture, 'yiyang-2020.doc');
    expect(r).toMatchObject({ ok: true, fileType: 'doc', mimeType: 'application/msword' });
    if (!r.ok) return;
    const lines = r.text.split('\n');
    expect(lines).toContain('二、主动公开政府信息情况');
    expect(lines).toContain('规范性文件 | 4 | 15 | 19');
    expect(lines).toContain('行政处罚 | 2859 | +543 | 3402');
    // Where the file ends a row with a cell mark (not a paragraph end) the rows of a table run
    // together on one line: their cells stay in order.
    expect(lines.some((l) => l.includes('一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3 |'))).toBe(true);
    // Tables stand apart from the paragraphs around them.
    const table = lines.indexOf('信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量');
    expect(lines[table - 2]).toBe('');
  });

  it('reads a .wps in Word’s format as .doc, and refuses any other .wps with that reason', async () => {
    expect(await extractText(fixture, '年报.wps')).toMatchObject({ ok: true, fileType: 'doc' });
    const works = await extractText(ole('MatOST', 'CONTENTS'), '年报.wps');
    expect(works).toMatchObject({ ok: false, code: 'UNSUPPORTED_DOCUMENT' });
    if (!works.ok) expect(works.message.en).toContain('WPS: not in Word’s format');
    const text = await extractText(new TextEncoder().encode('2020年政府信息公开工作年度报告\n'), '年报.wps');
    expect(text).toMatchObject({ ok: false, code: 'UNSUPPORTED_DOCUMENT' });
  });

  it('refuses the other OLE documents, and a damaged Word file as unreadable', async () => {
    expect(await extractText(ole('Workbook'), 'report.doc')).toMatchObject({
      ok: false,
      code: 'UNSUPPORTED_DOCUMENT',
      message: { en: expect.stringContaining('xls') },
    });
    expect(await extractText(ole('PowerPoint Document'), 'report.doc')).toMatchObject({
      ok: false,
      message: { en: expect.stringContaining('ppt') },
    });
    expect(await extractText(ole('WordDocument'), 'report.doc')).toMatchObject({ ok: false, code: 'UNREADABLE' });
  });

  it('body rules: tab-ended cells are a row, empty rows are dropped, cell text is flattened', () => {
    const body = '标题\n第一列\t第二列\t\n  a  b \t\t3\t\n\t\t\n正文\n';
    expect(docBodyToText(body).split('\n')).toEqual(['标题', '', '第一列 | 第二列', 'a b |  | 3', '', '正文']);
  });
});

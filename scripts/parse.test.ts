// The parse CLI, spawned as users run it: exit codes, one JSON object on stdout, one-line refusals.

import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { docx } from '../lib/extract/testing/zip';
import { TABLE3_ROWS } from '../lib/figures/keys';
import { docxBomb } from '../lib/ingest/testing/hostile';
import { NANJING_NEWS } from '../lib/parser/testing/news';

const dir = mkdtempSync(path.join(tmpdir(), 'parse-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function parse(file: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/cli.mjs', 'parse', file], { maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

function write(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

async function parsed(file: string) {
  const r = await parse(file);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const json = JSON.parse(r.stdout);
  expect(Object.keys(json)).toEqual(['meta', 'figures', 'provenance', 'issues']);
  return json as {
    meta: Record<string, unknown>;
    figures: Record<string, number | null>;
    provenance: Record<string, { via: string }>;
    issues: { code: string }[];
  };
}

async function refused(file: string): Promise<string> {
  const r = await parse(file);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  return r.stderr;
}

const seed002 = readFileSync('data/reports/seeds/002-ningbo-2020.txt', 'utf8');

describe('parse CLI: reports in every format and encoding', () => {
  it('a seed (UTF-8): meta, figures keyed as the spec, provenance for each figure', async () => {
    const r = await parsed('data/reports/seeds/002-ningbo-2020.txt');
    expect(r.meta).toMatchObject({ body: '宁波市人民政府', year: 2020, divisionCode: '330200' });
    expect(r.figures).toMatchObject({ 'applications.new.total': 3517, 'review.total': 126, 'litigation.total': 142 });
    for (const key of Object.keys(r.figures)) expect(r.provenance[key]).toBeDefined();
  });

  it('the same seed in GBK and in UTF-16 gives the same result', async () => {
    const utf8 = await parsed('data/reports/seeds/002-ningbo-2020.txt');
    const gbk = await parsed(write('ningbo-gbk.txt', iconv.encode(seed002.replaceAll('\u00a0', ' '), 'gbk')));
    const utf16 = await parsed(write('ningbo-utf16.txt', iconv.encode(seed002, 'utf-16le', { addBOM: true })));
    expect(gbk.figures).toEqual(utf8.figures);
    expect(utf16).toEqual(utf8);
  });

  it('an HTML table 3 with rowspan/colspan and &nbsp; cells', async () => {
    const rows2019 = TABLE3_ROWS.filter((r) => r.formats.includes('2019'));
    const values: Record<string, number[]> = {
      'applications.new': [5, 1, 0, 0, 0, 0, 6],
      'results.granted': [3, 1, 0, 0, 0, 0, 4],
      'results.partial': [2, 0, 0, 0, 0, 0, 2],
      'results.total': [5, 1, 0, 0, 0, 0, 6],
    };
    const cells = (id: string) =>
      (values[id] ?? [0, 0, 0, 0, 0, 0, 0])
        .map((v, i) => (id === 'results.denied.stateSecret' && i === 2 ? '<td>&nbsp;</td>' : `<td>${v}</td>`))
        .join('');
    const body = rows2019
      .map((r) => {
        if (!r.parent) return `<tr><td colspan="3">${r.zh}</td>${cells(r.id)}</tr>`;
        const group = r.parent === 'results' ? null : rows2019.filter((x) => x.parent === r.parent);
        const first = group?.[0] === r;
        const groupCell = group
          ? first
            ? `<td rowspan="${group.length}">${{ 'results.denied': '(三)不予公开', 'results.unable': '(四)无法提供', 'results.rejected': '(五)不予处理' }[r.parent]}</td>`
            : ''
          : '';
        const label = group ? `<td>${r.zh}</td>` : `<td colspan="2">${r.zh}</td>`;
        const resultsCell =
          r.id === 'results.granted' ? `<td rowspan="${rows2019.filter((x) => x.parent).length}">三、本年度办理结果</td>` : '';
        return `<tr>${resultsCell}${groupCell}${label}${cells(r.id)}</tr>`;
      })
      .join('\n');
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>年报</title><script>var x = 1;</script></head><body>
      <div class="crumb">首页 &gt; 政府信息公开 &gt; 政府信息公开年报</div>
      <h1>乌兰察布市政府办公室2020年政府信息公开工作年度报告</h1>
      <p>本年度报告中所列数据的统计期限自2020年1月1日至2020年12月31日。</p>
      <p>三、收到和处理政府信息公开申请情况</p>
      <table>
        <tr><td rowspan="3" colspan="3">申请人情况</td><td rowspan="3">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="3">总计</td></tr>
        <tr><td rowspan="2">商业企业</td><td rowspan="2">科研机构</td><td rowspan="2">社会公益组织</td><td rowspan="2">法律服务机构</td><td rowspan="2">其他</td></tr>
        <tr></tr>
        ${body}
      </table>
      <p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>`;
    const r = await parsed(write('report.html', html));
    expect(r.meta).toMatchObject({ body: '乌兰察布市政府办公室', year: 2020 });
    expect(r.figures).toMatchObject({
      'applications.new.natural': 5,
      'applications.new.commercial': 1,
      'applications.new.total': 6,
      'results.granted.total': 4,
      'results.partial.natural': 2,
      'results.total.total': 6,
    });
    expect(r.provenance['applications.new.total']!.via).toBe('table');
    // The &nbsp; cell is blank (flagged), and the column's sums determine it.
    expect(r.issues.some((i) => i.code === 'CELL_BLANK')).toBe(true);
    expect(r.figures['results.denied.stateSecret.research']).toBe(0);
    expect(r.provenance['results.denied.stateSecret.research']!.via).toBe('inferred');
  });

  it('a DOCX generated here (paragraphs and a Word table)', async () => {
    const bytes = docx(
      ['宁波市2020年政府信息公开工作年度报告', ...seed002.split('\n').slice(3, 6)],
      [[{ text: '行政复议' }, { text: '126' }]],
      1,
    );
    const r = await parsed(write('report.docx', bytes));
    expect(r.meta).toMatchObject({ body: '宁波市人民政府', year: 2020 });
    expect(r.figures['applications.new.total']).toBe(3517);
  });

  for (const pdf of ['huaian_city_2024', 'hongze_district_2023', 'hongze_district_2024']) {
    it(`corpus PDF ${pdf}`, async () => {
      const r = await parsed(`data/reports/corpus/${pdf}.pdf`);
      expect(r.meta.year).toBe(Number(pdf.slice(-4)));
      expect(r.meta.divisionCode).toMatch(/^3208/);
      expect(typeof r.figures['applications.new.total']).toBe('number');
    });
  }
});

describe('parse CLI: refusals (exit 2, one line on stderr)', () => {
  it('an empty file', async () => {
    expect(await refused(write('empty.txt', ''))).toMatch(/empty/i);
  });
  it('an image, whatever its name', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(await refused(write('report.txt', png))).toMatch(/image/i);
  });
  it('random bytes', async () => {
    const bytes = new Uint8Array(8192);
    let s = 7;
    for (let i = 0; i < bytes.length; i++) bytes[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
    expect(await refused(write('random.bin', bytes))).toMatch(/binary|not text/i);
  });
  it('a novel-like text', async () => {
    const novel =
      '第一章\n那年冬天，雪下得很大。他推开木门，屋里只有一盏昏黄的油灯。母亲坐在炕头缝补衣裳，抬头看了他一眼，什么也没说。\n'.repeat(40);
    expect(await refused(write('novel.txt', novel))).not.toBe('');
  });
  it('a news article about a report, statistics and all (issue 12 item 4)', async () => {
    expect(await refused(write('news.txt', NANJING_NEWS))).toMatch(/news.*\[NOT_A_REPORT\]\s*$/i);
  });
  it('a decompression bomb: a .docx whose document.xml inflates to 100 MB', async () => {
    expect(await refused(write('bomb.docx', docxBomb()))).toMatch(/decompression bomb.*\[COMPRESSION_RATIO\]\s*$/);
  });
  it('a file over the size limit, unread', async () => {
    expect(await refused(write('huge.txt', new Uint8Array(20 * 1024 * 1024 + 1)))).toMatch(/over the size limit.*\[FILE_TOO_LARGE\]/);
  });
  it('a missing file and a wrong call', async () => {
    expect(await refused(path.join(dir, 'nope.txt'))).toMatch(/cannot read/i);
    const r = await parse('');
    expect(r.code).toBe(2);
  });
});

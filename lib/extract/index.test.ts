import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractText } from './index';
import { docx, zip } from './testing/zip';

const seedText = readFileSync('data/reports/seeds/000-fuyang-2020.txt', 'utf8');
const bytesOf = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const padded = (head: Uint8Array) => {
  const out = new Uint8Array(600);
  out.set(head);
  return out;
};

describe('sniffing refuses what is not a document, whatever its name', () => {
  const cases: [string, Uint8Array, string][] = [
    ['PNG', bytesOf([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]), 'IMAGE'],
    ['JPEG', bytesOf([0xff, 0xd8, 0xff, 0xe0]), 'IMAGE'],
    ['GIF', bytesOf('GIF89a\x01\x00'), 'IMAGE'],
    ['WebP', bytesOf('RIFF\x10\x00\x00\x00WEBPVP8 '), 'IMAGE'],
    ['BMP', bytesOf('BM', [0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0], [40, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]), 'IMAGE'],
    ['TIFF', bytesOf('II*\x00\x08\x00\x00\x00'), 'IMAGE'],
    ['gzip', bytesOf([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'ARCHIVE'],
    ['7z', bytesOf([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), 'ARCHIVE'],
    ['rar', bytesOf('Rar!\x1a\x07\x01\x00'), 'ARCHIVE'],
    ['zip', zip({ 'report.txt': seedText }), 'ARCHIVE'],
    ['ELF', bytesOf([0x7f], 'ELF', [2, 1, 1, 0]), 'EXECUTABLE'],
    ['Mach-O', bytesOf([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), 'EXECUTABLE'],
    [
      'PE',
      (() => {
        const b = padded(bytesOf('MZ'));
        b[60] = 0x80;
        b.set(bytesOf('PE\0\0'), 0x80);
        return b;
      })(),
      'EXECUTABLE',
    ],
    ['an OLE file holding no Word document', bytesOf([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'UNSUPPORTED_DOCUMENT'],
  ];
  for (const [name, bytes, code] of cases) {
    it(`${name} named .txt → ${code}`, async () => {
      const r = await extractText(bytes, 'report.txt');
      expect(r).toMatchObject({ ok: false, code });
      if (!r.ok) expect(r.message.en).not.toContain('\n');
    });
  }

  it('an empty or blank file is EMPTY', async () => {
    expect(await extractText(new Uint8Array(), 'a.txt')).toMatchObject({ ok: false, code: 'EMPTY' });
    expect(await extractText(new TextEncoder().encode(' \n\r\n\t '), 'a.txt')).toMatchObject({ ok: false, code: 'EMPTY' });
  });

  it('text that merely starts with "MZ" or "BM" is text', async () => {
    const r = await extractText(new TextEncoder().encode('MZ BM 年度报告\n'.repeat(10)), 'a.txt');
    expect(r).toMatchObject({ ok: true, fileType: 'txt' });
  });
});

describe('text encodings', () => {
  const expectSeed = async (bytes: Uint8Array, encoding: string) => {
    const r = await extractText(bytes, 'seed.txt');
    expect(r).toMatchObject({ ok: true, fileType: 'txt', encoding });
    if (r.ok) expect(r.text).toBe(seedText);
  };
  it('UTF-8 without and with BOM', async () => {
    await expectSeed(new TextEncoder().encode(seedText), 'utf-8');
    await expectSeed(bytesOf([0xef, 0xbb, 0xbf], ...[[...new TextEncoder().encode(seedText)]]), 'utf-8');
  });
  it('GB18030 and GBK', async () => {
    await expectSeed(new Uint8Array(iconv.encode(seedText, 'gb18030')), 'gb18030');
    // GBK cannot encode the seed's U+00A0; a GBK page would print a plain space there.
    const gbkText = seedText.replaceAll('\u00a0', ' ');
    const r = await extractText(new Uint8Array(iconv.encode(gbkText, 'gbk')), 'seed.txt');
    expect(r).toMatchObject({ ok: true, encoding: 'gb18030', text: gbkText });
  });
  it('UTF-16 LE without BOM and without a single ASCII character', async () => {
    const text = '阜阳市人民政府年度报告，本年新收政府信息公开申请。'.repeat(20);
    const r = await extractText(new Uint8Array(iconv.encode(text, 'utf-16le')), 'x.txt');
    expect(r).toMatchObject({ ok: true, encoding: 'utf-16le', text });
  });
  it('UTF-16 LE and BE, with BOM or detected', async () => {
    await expectSeed(new Uint8Array(iconv.encode(seedText, 'utf-16le', { addBOM: true })), 'utf-16le');
    await expectSeed(new Uint8Array(iconv.encode(seedText, 'utf-16le')), 'utf-16le');
    await expectSeed(new Uint8Array(iconv.encode(seedText, 'utf-16be', { addBOM: true })), 'utf-16be');
    await expectSeed(new Uint8Array(iconv.encode(seedText, 'utf-16be')), 'utf-16be');
  });
  it('Big5 (traditional characters)', async () => {
    const text = '臺北市政府資訊公開年度報告\n一、總體情況\n本年度受理政府資訊公開申請共計120件，已全部辦結。\n'.repeat(5);
    const r = await extractText(new Uint8Array(iconv.encode(text, 'big5')), 'tw.txt');
    expect(r).toMatchObject({ ok: true, encoding: 'big5', text });
  });
  it('HTML in GBK named by its meta charset, CRLF line ends', async () => {
    const html =
      '<html><head><meta charset="gb2312"></head><body>\r\n<p>阜阳市人民政府</p><table><tr><td>总计</td><td>835</td></tr></table></body></html>';
    const r = await extractText(new Uint8Array(iconv.encode(html, 'gbk')), 'page.txt');
    expect(r).toMatchObject({ ok: true, fileType: 'html', encoding: 'gb18030', text: '阜阳市人民政府\n\n总计 | 835' });
  });
  it('.md keeps its type; content decides HTML', async () => {
    expect(await extractText(new TextEncoder().encode('# 报告\n| a | b |\n'), 'r.md')).toMatchObject({ ok: true, fileType: 'md' });
  });
  it('random bytes are refused as BINARY', async () => {
    const rnd = new Uint8Array(4096);
    let s = 12345;
    for (let i = 0; i < rnd.length; i++) rnd[i] = (s = (s * 1103515245 + 12345) >>> 0) >>> 24;
    expect(await extractText(rnd, 'r.txt')).toMatchObject({ ok: false, code: 'BINARY' });
  });
});

describe('DOCX', () => {
  it('reads paragraphs and a table with merged cells through the HTML path', async () => {
    const bytes = docx(
      ['阜阳市人民政府2020年度政府信息公开工作报告', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'],
      [
        [
          { text: '申请人情况', gridSpan: 2, vMerge: 'restart' },
          { text: '自然人', vMerge: 'restart' },
          { text: '法人或其他组织', gridSpan: 2 },
          { text: '总计', vMerge: 'restart' },
        ],
        [
          { text: '', gridSpan: 2, vMerge: 'continue' },
          { text: '', vMerge: 'continue' },
          { text: '商业企业' },
          { text: '科研机构' },
          { text: '', vMerge: 'continue' },
        ],
        [{ text: '一、本年新收政府信息公开申请数量', gridSpan: 2 }, { text: '835' }, { text: '\u00a0' }, { text: '0' }, { text: '835' }],
      ],
      1,
    );
    const r = await extractText(bytes, 'report.bin');
    expect(r).toMatchObject({ ok: true, fileType: 'docx' });
    if (r.ok)
      expect(r.text.split('\n')).toEqual([
        '阜阳市人民政府2020年度政府信息公开工作报告',
        '三、收到和处理政府信息公开申请情况',
        '',
        '申请人情况 |  | 自然人 | 法人或其他组织 |  | 总计',
        ' |  |  | 商业企业 | 科研机构 | ',
        '一、本年新收政府信息公开申请数量 |  | 835 |  | 0 | 835',
        '',
        '四、政府信息公开行政复议、行政诉讼情况',
      ]);
  });

  it('a zip that names word/document.xml but is broken is UNREADABLE', async () => {
    const bytes = zip({ 'word/document.xml': '<not xml' });
    expect(await extractText(bytes, 'x.docx')).toMatchObject({ ok: false });
  });
});

describe('robustness (property)', () => {
  it('random bytes never throw: always text or a refusal', async () => {
    const magic = fc.constantFrom(
      [],
      [0x25, 0x50, 0x44, 0x46, 0x2d],
      [0x50, 0x4b, 3, 4],
      [0xff, 0xfe],
      [0xef, 0xbb, 0xbf],
      [0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e],
    );
    await fc.assert(
      fc.asyncProperty(magic, fc.uint8Array({ maxLength: 2048 }), async (head, body) => {
        const r = await extractText(new Uint8Array([...head, ...body]), 'x.txt');
        if (r.ok) {
          expect(typeof r.text).toBe('string');
          expect(r.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\r]/);
        } else {
          expect(r.message.zh.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

// A document's recognised images laid into its text (host.ts), on recognitions built here (no
// engine): each image's lines go where its mark stands, every item's offsets and every doubt's `?`
// move with them, an unread image leaves an empty line, and an image without a mark is not lost.
import { describe, expect, it } from 'vitest';
import { IMAGE_MARK } from '../extract/html';
import { layIntoHost, hostIssues } from './host';
import { layoutText } from './layout';
import type { OcrDocument, OcrHost, OcrItem } from './types';

const PAGE = { width: 1000, height: 1000, skew: 0, seconds: 0 };

/** One line of cells on `page`, `conf` per character (a doubtful digit below 0.8). */
function line(page: number, y: number, cells: { text: string; conf?: number }[]): OcrItem[] {
  return cells.map((c, i) => ({
    page,
    box: [0.1 + i * 0.2, y, 0.15 + i * 0.2, y + 0.02],
    text: c.text,
    conf: [...c.text].map(() => c.conf ?? 0.99),
    cell: 1000 * Math.round(y * 100) + i,
  }));
}

const doc = (host: OcrHost, items: OcrItem[], pages = host.images.length): OcrDocument => ({
  engine: 'test',
  pages: Array.from({ length: pages }, () => PAGE),
  items,
  host,
});

describe('layIntoHost', () => {
  it('puts each image’s lines at its mark, with every item’s offsets and every doubt’s `?` moved along', () => {
    const host: OcrHost = {
      text: ['四、行政复议', IMAGE_MARK, '五、问题', IMAGE_MARK, '六、其他'].join('\n'),
      images: [
        { source: 'http://x.test/a.png', contentType: 'image/png' },
        { source: 'http://x.test/b.png', contentType: 'image/png' },
      ],
    };
    const items = [
      ...line(1, 0.1, [{ text: '维持' }, { text: '纠正' }]),
      ...line(1, 0.2, [{ text: '17' }, { text: '7', conf: 0.5 }]),
      ...line(2, 0.1, [{ text: '32' }]),
    ];
    const d = doc(host, items);
    const laid = layIntoHost(layoutText(d, 0.8), host);
    expect(laid.text).toBe(['四、行政复议', '维持 | 纠正', '17 | ?', '五、问题', '32', '六、其他'].join('\n'));
    for (const p of laid.placed) {
      const shown = laid.text.slice(p.start, p.end);
      expect(shown).toBe(p.doubts.length ? '?' : p.item.text);
      for (const doubt of p.doubts) expect(laid.text[doubt.at]).toBe('?');
    }
    expect(laid.placed.find((p) => p.item.text === '32')?.start).toBe(laid.text.indexOf('32'));
  });

  it('leaves an empty line for an image not read, and lays an image without a mark at the end', () => {
    const host: OcrHost = {
      text: ['标题', IMAGE_MARK, '正文'].join('\n'),
      images: [
        { source: null, contentType: 'image/x-emf', unread: { code: 'IMAGE_FORMAT', message: { zh: '格式', en: 'its format' } } },
        { source: null, contentType: 'image/png' },
      ],
    };
    const laid = layIntoHost(layoutText(doc(host, line(2, 0.1, [{ text: '8' }])), 0.8), host);
    expect(laid.text).toBe(['标题', '', '正文', '8'].join('\n'));
    expect(laid.text.slice(laid.placed[0]!.start, laid.placed[0]!.end)).toBe('8');
  });

  it('lays an image inside a table cell (marked within its row) after that row, in document order with the others', () => {
    const host: OcrHost = {
      text: [`公章 | ${IMAGE_MARK} | 日期`, IMAGE_MARK].join('\n'),
      images: [
        { source: null, contentType: 'image/png' },
        { source: null, contentType: 'image/png' },
      ],
    };
    const items = [...line(1, 0.1, [{ text: '印' }]), ...line(2, 0.1, [{ text: '17' }])];
    expect(layIntoHost(layoutText(doc(host, items), 0.8), host).text).toBe(['公章 |  | 日期', '印', '17'].join('\n'));
  });
});

describe('hostIssues', () => {
  it('names each image not read, with its address and why; a decoration is not named; none, no issue', () => {
    const why = (code: string, en: string) => ({ code, message: { zh: en, en } });
    const host: OcrHost = {
      text: '',
      images: [
        { source: 'http://x.test/logo.png', contentType: 'image/png', unread: why('DECORATION', 'a decoration') },
        { source: null, contentType: 'image/x-wmf', unread: why('IMAGE_FORMAT', 'its format cannot be decoded') },
        { source: 'http://x.test/t.png', contentType: 'image/png' },
      ],
    };
    const [issue, ...more] = hostIssues(host);
    expect(more).toEqual([]);
    expect(issue).toMatchObject({ code: 'IMAGES_UNREAD', severity: 'warning' });
    expect(issue!.message.en).toBe(
      '1 image(s), where statistics tables may be, were not recognised: image 2: its format cannot be decoded.',
    );
    expect(hostIssues({ text: '', images: [host.images[2]!] })).toEqual([]);
  });
});

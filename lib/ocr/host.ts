// A document whose images were recognised (a DOCX, a web page): each image's laid-out text goes into
// the document's text where the image stands, so the one parser reads the whole — the paragraphs
// from the text, the tables from the images. Offsets of every recognised item move with it, so a
// figure's span still leads to its image (page) and box. Pure.

import { IMAGE_MARK } from '../extract/html';
import { makeIssue } from '../parser/issues';
import type { ParseIssue, ParseResult } from '../parser/types';
import type { LaidOut, PlacedItem } from './layout';
import type { OcrHost } from './types';

/** The lines of `laid` that page `page` gave, as [start, end) of laid.text; null when none. */
function pageLines(laid: LaidOut, page: number): [number, number] | null {
  const placed = laid.placed.filter((p) => p.item.page === page);
  if (!placed.length) return null;
  const first = Math.min(...placed.map((p) => p.start));
  const last = Math.max(...placed.map((p) => p.end));
  const end = laid.text.indexOf('\n', last);
  return [laid.text.lastIndexOf('\n', first - 1) + 1, end < 0 ? laid.text.length : end];
}

/** `laid` (every page of the recognition, page n being the host's nth image) laid into the host's text. */
export function layIntoHost(laid: LaidOut, host: OcrHost): LaidOut {
  const lines = host.text.split('\n');
  const out: string[] = [];
  const placed: PlacedItem[] = [];
  let offset = 0;
  let image = 0;
  const put = (line: string) => {
    out.push(line);
    offset += line.length + 1;
  };
  const putPage = (page: number) => {
    const range = pageLines(laid, page);
    if (!range) return put('');
    const shift = offset - range[0];
    for (const p of laid.placed)
      if (p.item.page === page)
        placed.push({ ...p, start: p.start + shift, end: p.end + shift, doubts: p.doubts.map((d) => ({ ...d, at: d.at + shift })) });
    put(laid.text.slice(range[0], range[1]));
  };
  for (const line of lines) {
    if (line === IMAGE_MARK) {
      putPage(++image);
      continue;
    }
    // An image inside a table cell is marked within its row's line: its text goes after that line.
    const inline = line.split(IMAGE_MARK).length - 1;
    put(inline ? line.replaceAll(IMAGE_MARK, '') : line);
    for (let i = 0; i < inline; i++) putPage(++image);
  }
  // Pages without a place (none, when the host text was read as it was recognised): at the end.
  const pages = new Set(laid.placed.map((p) => p.item.page));
  for (const page of [...pages].filter((p) => p > image).sort((a, b) => a - b)) putPage(page);
  return { text: out.join('\n'), placed };
}

/** Each figure read from a fetched image keeps the image's address (its page is the image's place). */
export function markSources(result: ParseResult, host: OcrHost): void {
  for (const p of Object.values(result.provenance)) {
    const source = p.ocr ? host.images[p.ocr.page - 1]?.source : null;
    if (p.ocr && source) p.ocr.source = source;
  }
}

/** One IMAGES_UNREAD issue naming the images not read and why (decorations aside), or none. */
export function hostIssues(host: OcrHost): ParseIssue[] {
  const unread = host.images
    .map((image, i) => ({ image, n: i + 1 }))
    .filter(({ image }) => image.unread && image.unread.code !== 'DECORATION');
  if (!unread.length) return [];
  const name = ({ image, n }: (typeof unread)[number], lang: 'zh' | 'en') =>
    `${lang === 'zh' ? `第 ${n} 张图片` : `image ${n}`}${image.source ? ` (${image.source})` : ''}${lang === 'zh' ? '：' : ': '}${image.unread!.message[lang]}`;
  return [
    makeIssue(
      'IMAGES_UNREAD',
      `${unread.length} 张图片未识别（统计表可能在其中）：${unread.map((u) => name(u, 'zh')).join('；')}。`,
      `${unread.length} image(s), where statistics tables may be, were not recognised: ${unread.map((u) => name(u, 'en')).join('; ')}.`,
    ),
  ];
}

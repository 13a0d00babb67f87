// A report page's images, fetched for text recognition when its statistics tables are pictures
// (lib/db/ingest's fetchImages): on the page's own host only, as robots.txt allows, one request at a
// time in the host's turn with its pause between (takeHostTurn: across every collector, as a claim),
// through the same fetcher (public addresses only, redirects checked, time and size limits). Each
// image keeps the address it came from, or says why it was not fetched; none fails the page.

import { documentExtension } from '../../collect/classify';
import type { Fetcher } from '../../collect/fetch';
import type { RobotsRules } from '../../collect/robots';
import { sniff } from '../../extract/sniff';
import { maxFileBytes } from '../../ingest';
import type { PageImage } from '../../ocr/types';
import type { Queryable } from '../ingest/write';
import { releaseHost, takeHostTurn } from './frontier';

/** One image's bytes at most; all of a page's images together are held to the upload limit (MAX_UPLOAD_BYTES). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export interface ImageFetch {
  pool: Queryable;
  fetcher: Fetcher;
  /** The page's host: the only one its images are fetched from. */
  host: string;
  rules: RobotsRules;
  /** The host's pause between two requests. */
  pauseMs: number;
  /** How long the host is held for one request (its time limit at least). */
  holdMs: number;
  signal?: AbortSignal;
}

type Unread = NonNullable<PageImage['unread']>;
const unread = (code: string, zh: string, en: string): Unread => ({ code, message: { zh, en } });

/** Bytes of a `data:` image written into the page (no request), or why not. */
function dataImage(src: string): { bytes: Uint8Array; contentType: string } | Unread {
  const m = /^data:([\w/+.-]*)(;base64)?,(.*)$/is.exec(src);
  if (!m || !m[2]) return unread('IMAGE_NOT_FETCHED', '无法解析的 data: 图片', 'a data: image that cannot be decoded');
  const bytes = new Uint8Array(Buffer.from(m[3]!, 'base64'));
  return { bytes, contentType: m[1] || 'application/octet-stream' };
}

/** Whether fetched bytes are an image recognition decodes (PNG, JPEG, GIF, TIFF, WebP, BMP). */
function isImage(bytes: Uint8Array): boolean {
  const s = sniff(bytes);
  return s.kind === 'refuse' && s.code === 'IMAGE';
}

/** Fetches the images a page writes (`srcs`, relative to `base`), in order. */
export async function fetchPageImages(f: ImageFetch, base: string, srcs: readonly string[]): Promise<PageImage[]> {
  const out = new Map<string, PageImage>();
  let total = 0;
  const budget = maxFileBytes();
  // An image the page shows twice is asked once.
  for (const src of srcs) {
    if (out.has(src)) continue;
    const image = await fetchOne(f, base, src, budget - total);
    if (image.bytes) total += image.bytes.byteLength;
    out.set(src, image);
  }
  return [...out.values()];
}

async function fetchOne(f: ImageFetch, base: string, src: string, room: number): Promise<PageImage> {
  const tooLarge = (n: number) =>
    unread(
      'IMAGE_TOO_LARGE',
      `图片过大（${n} 字节；每张上限 ${MAX_IMAGE_BYTES}，全部上限 ${maxFileBytes()}）`,
      `it is too large (${n} bytes; at most ${MAX_IMAGE_BYTES} each, ${maxFileBytes()} for all)`,
    );
  const accept = (url: string, bytes: Uint8Array, contentType: string | null): PageImage => {
    if (bytes.byteLength > Math.min(MAX_IMAGE_BYTES, room)) return { src, url, unread: tooLarge(bytes.byteLength) };
    if (!isImage(bytes))
      return {
        src,
        url,
        unread: unread('NOT_AN_IMAGE', '获取的内容不是图片', `what was fetched is not an image (${contentType ?? 'no type'})`),
      };
    return { src, url, bytes, contentType };
  };
  if (/^data:/i.test(src)) {
    const data = dataImage(src);
    return 'bytes' in data ? accept(`data:${data.contentType}`, data.bytes, data.contentType) : { src, url: 'data:', unread: data };
  }
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return { src, url: src, unread: unread('IMAGE_NOT_FETCHED', '图片地址无效', 'its address is not valid') };
  }
  url.hash = '';
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { src, url: url.href, unread: unread('IMAGE_NOT_FETCHED', '图片地址不是 http(s)', 'its address is not http(s)') };
  if (url.host !== f.host)
    return {
      src,
      url: url.href,
      unread: unread(
        'IMAGE_OTHER_HOST',
        `图片在其他网站（${url.host}），未获取`,
        `it is on another host (${url.host}): only the page’s own host is asked`,
      ),
    };
  // A link to a document dressed as an image is not an image.
  if (documentExtension(url.href))
    return { src, url: url.href, unread: unread('NOT_AN_IMAGE', '地址指向文档而非图片', 'its address is a document’s') };
  if (!f.rules.isAllowed(url.href))
    return { src, url: url.href, unread: unread('ROBOTS', 'robots.txt 禁止获取该图片', 'robots.txt forbids it') };
  if (!(await takeHostTurn(f.pool, f.host, f.holdMs, f.signal)))
    return { src, url: url.href, unread: unread('IMAGE_NOT_FETCHED', '采集已停止', 'collection stopped before it was fetched') };
  const fetched = await f.fetcher({ url: url.href });
  await releaseHost(f.pool, f.host, Math.max(f.pauseMs, (!fetched.ok && fetched.retryAfterMs) || 0));
  if (!fetched.ok)
    return {
      src,
      url: url.href,
      unread: unread('IMAGE_NOT_FETCHED', `图片获取失败：${fetched.message}`, `it could not be fetched: ${fetched.message}`),
    };
  return accept(fetched.finalUrl, fetched.body, fetched.contentType);
}

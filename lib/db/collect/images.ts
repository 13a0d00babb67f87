// A report page's images, fetched for text recognition when its statistics tables are pictures
// (lib/db/ingest's fetchImages): on the page's own host and its siblings of the same registrable
// domain (img.xx.gov.cn for www.xx.gov.cn: lib/collect/domain.ts), each as its own robots.txt allows
// (a sibling's asked in its turn and kept in collect_host like a claimed host's), one request at a
// time in that host's turn with its pause between (takeHostTurn: across every collector, as a
// claim), through the same fetcher (public addresses only, redirects checked, time and size limits).
// Each image keeps the address it came from, or says why it was not fetched; none fails the page.

import { documentExtension } from '../../collect/classify';
import type { Fetcher, FetchOutcome } from '../../collect/fetch';
import { sameSite } from '../../collect/domain';
import { hostPauseMs, robotsAnswer, robotsAnswered, robotsRules, robotsStale, type RobotsRules } from '../../collect/robots';
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
  /** The page's host: its images are fetched from it and its siblings of the same registrable domain. */
  host: string;
  /** The page's host's robots.txt. */
  rules: RobotsRules;
  /** The page's host's pause between two requests (a sibling's: this, or its Crawl-delay when longer). */
  pauseMs: number;
  /** A sibling's stored robots.txt is asked again after this long (the collector's robotsTtlMs). */
  robotsTtlMs: number;
  /** How long the host is held for one request (its time limit at least). */
  holdMs: number;
  signal?: AbortSignal;
}

type Unread = NonNullable<PageImage['unread']>;
const unread = (code: string, zh: string, en: string): Unread => ({ code, message: { zh, en } });
const stopped = (): Unread => unread('IMAGE_NOT_FETCHED', '采集已停止', 'collection stopped before it was fetched');

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
  const hosts = new Map<string, HostPolicy | Unread>([[f.host, { rules: f.rules, pauseMs: f.pauseMs }]]);
  let total = 0;
  const budget = maxFileBytes();
  // An image the page shows twice is asked once.
  for (const src of srcs) {
    if (out.has(src)) continue;
    const image = await fetchOne(f, hosts, base, src, budget - total);
    if (image.bytes) total += image.bytes.byteLength;
    out.set(src, image);
  }
  return [...out.values()];
}

interface HostPolicy {
  rules: RobotsRules;
  pauseMs: number;
}

/** One request in `host`'s turn, the pause `pauseOf` says after it (Retry-After when longer); null when collection stopped before the turn came. */
async function inTurn(f: ImageFetch, host: string, url: string, pauseOf: (fetched: FetchOutcome) => number): Promise<FetchOutcome | null> {
  if (!(await takeHostTurn(f.pool, host, f.holdMs, f.signal))) return null;
  const fetched = await f.fetcher({ url });
  await releaseHost(f.pool, host, Math.max(pauseOf(fetched), (!fetched.ok && fetched.retryAfterMs) || 0));
  return fetched;
}

/** A host's policy from its robots.txt's answer (status 0: none), or why none of its images is asked. */
function policyOf(f: ImageFetch, origin: string, host: string, status: number | null, text: string): HostPolicy | Unread {
  if (!robotsAnswered(status))
    return unread('ROBOTS', `${host} 的 robots.txt 无法读取`, `the robots.txt of ${host} could not be read (${status || 'no answer'})`);
  const rules = robotsRules(origin, status!, text);
  return { rules, pauseMs: hostPauseMs(rules, f.pauseMs) };
}

/** A sibling host's robots.txt (kept in collect_host, asked in its turn when missing or stale) and pause, or why not. */
async function siblingPolicy(f: ImageFetch, origin: string, host: string): Promise<HostPolicy | Unread> {
  await f.pool.query('INSERT INTO collect_host (host) VALUES ($1) ON CONFLICT (host) DO NOTHING', [host]);
  const { rows } = await f.pool.query<{ robots_txt: string | null; robots_status: number | null; robots_fetched_at: Date | null }>(
    'SELECT robots_txt, robots_status, robots_fetched_at FROM collect_host WHERE host = $1',
    [host],
  );
  const stored = rows[0];
  if (stored && !robotsStale({ status: stored.robots_status, fetchedAt: stored.robots_fetched_at }, f.robotsTtlMs))
    return policyOf(f, origin, host, stored.robots_status, stored.robots_txt ?? '');
  let answer = { status: 0, text: '' };
  // Its Crawl-delay holds from this very request.
  const r = await inTurn(f, host, `${origin}/robots.txt`, (r) => {
    answer = robotsAnswer(r);
    const policy = policyOf(f, origin, host, answer.status, answer.text);
    return 'rules' in policy ? policy.pauseMs : f.pauseMs;
  });
  if (!r) return stopped();
  await f.pool.query('UPDATE collect_host SET robots_txt = $2, robots_status = $3, robots_fetched_at = now() WHERE host = $1', [
    host,
    answer.text,
    answer.status,
  ]);
  return policyOf(f, origin, host, answer.status, answer.text);
}

async function fetchOne(
  f: ImageFetch,
  hosts: Map<string, HostPolicy | Unread>,
  base: string,
  src: string,
  room: number,
): Promise<PageImage> {
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
  if (!sameSite(url.host, f.host))
    return {
      src,
      url: url.href,
      unread: unread(
        'IMAGE_OTHER_HOST',
        `图片在其他网站（${url.host}），未获取`,
        `it is on another host (${url.host}): only the page’s own site is asked`,
      ),
    };
  // A link to a document dressed as an image is not an image.
  if (documentExtension(url.href))
    return { src, url: url.href, unread: unread('NOT_AN_IMAGE', '地址指向文档而非图片', 'its address is a document’s') };
  if (!hosts.has(url.host)) hosts.set(url.host, await siblingPolicy(f, url.origin, url.host));
  const policy = hosts.get(url.host)!;
  if (!('rules' in policy)) return { src, url: url.href, unread: policy };
  if (!policy.rules.isAllowed(url.href))
    return { src, url: url.href, unread: unread('ROBOTS', 'robots.txt 禁止获取该图片', 'robots.txt forbids it') };
  const fetched = await inTurn(f, url.host, url.href, () => policy.pauseMs);
  if (!fetched) return { src, url: url.href, unread: stopped() };
  if (!fetched.ok)
    return {
      src,
      url: url.href,
      unread: unread('IMAGE_NOT_FETCHED', `图片获取失败：${fetched.message}`, `it could not be fetched: ${fetched.message}`),
    };
  return accept(fetched.finalUrl, fetched.body, fetched.contentType);
}

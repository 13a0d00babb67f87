// Rendered pages and API answers kept per data version (lib/db/data-version.ts), in the server
// around Next (./listener.ts): between two writes, an answer that depends only on its address is
// rendered once and then served from memory. Next renders every page per request because of the
// CSP nonce (proxy.ts); its own caches ('use cache', ISR) cannot keep nonce'd HTML, so a page is
// kept with the nonce as a hole, and every copy gets a fresh nonce (./nonce-template.ts): no two
// answers share one.
//
// An answer is kept only when nothing but these decides it: the address (path and query, so the
// language too), the data version, the public origin links start with (lib/http/public-origin.ts:
// computed from the configuration and the request, so a copy is only ever served to requests that
// would get the same origin, never one host's page to another), the scheme the request says it came
// over (the CSP's upgrade-insecure-requests), whether the client is a bot Next serves blocking
// metadata to (lib/http/bots.ts: the list Next is given), and for the pages that read the clock
// (coverage and provinces: DAILY_PATHS) the day. Requests carrying Next's own navigation headers
// (RSC payloads, prefetches) and anything but GET pass through, as do answers that are not a 200
// (an HTML page only with its nonce) or that set a cookie. A kept answer with an ETag answers a
// matching If-None-Match with 304, as the route does. Concurrent requests for a missing answer
// share one render.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import { getsBlockingMetadata } from '@/lib/http/bots';
import { matchesIfNoneMatch } from '@/lib/http/etag';
import { publicOrigin, type OriginEnv } from '@/lib/http/public-origin';
import { createNonce } from '@/lib/http/security-headers';
import { fill, fillGzip, nonceTemplate, type NonceTemplate } from './nonce-template';

export type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/**
 * Pages and API reads whose answer depends on the address and the tracked data alone (no cookie, no
 * clock, no bookkeeping table such as the OCR or collection queues).
 */
export const KEPT_PATHS = /^\/(?:compare|coverage|j\/[^/]+|p\/[^/]+|api\/(?:figures|jurisdictions|reports))?$/;
/** Kept pages the day decides too (coverage: its years, and whether a report is due yet): kept per UTC date, as they read it. */
const DAILY_PATHS = /^\/(?:coverage|p\/[^/]+)$/;
/** Next's navigation and internal headers: their answers are not the page's HTML. */
const NEXT_HEADERS = /^(?:rsc|next-|x-next|x-middleware|x-invoke|x-matched-path|x-now|purpose$)/i;
const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;
/** Headers of the kept answer that belong to one copy, not to the page. */
const PER_COPY = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'date', 'connection', 'keep-alive']);

interface Entry {
  headers: [string, string][];
  /** The CSP nonce the answer was rendered with (null: an answer without one, e.g. JSON). */
  nonce: string | null;
  etag: string | null;
  body: NonceTemplate;
}

export interface PageCacheOptions {
  /** The current data version (lib/db/data-version.ts). */
  dataVersion: () => Promise<number>;
  /** Memory for kept pages, in bytes. */
  maxBytes: number;
  env?: OriginEnv;
}

export interface PageCache {
  serve(request: IncomingMessage, response: ServerResponse, handle: NextHandler): Promise<void>;
  /** Pages kept now (for tests). */
  readonly size: number;
}

/** The part of the key the request decides, or null when its answer must not be kept. */
export function requestKey(request: IncomingMessage, env: OriginEnv = process.env, now = new Date()): string | null {
  if (request.method !== 'GET' || !request.url) return null;
  const path = request.url.split('?')[0]!;
  if (!KEPT_PATHS.test(path)) return null;
  if (Object.keys(request.headers).some((name) => NEXT_HEADERS.test(name))) return null;
  const headers = new Headers();
  for (const name of ['host', 'x-forwarded-host', 'x-forwarded-proto']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  const blocking = getsBlockingMetadata(request.headers['user-agent']);
  const day = DAILY_PATHS.test(path) ? now.toISOString().slice(0, 10) : '';
  return JSON.stringify([request.url, publicOrigin(headers, env), request.headers['x-forwarded-proto'] ?? '', blocking, day]);
}

/** Whether the client takes gzip (Accept-Encoding, q-values honoured; `*` counts). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  for (const part of String(header ?? '').split(',')) {
    const [coding, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') continue;
    const q = params.find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  }
  return false;
}

function send(request: IncomingMessage, response: ServerResponse, entry: Entry, gzip: boolean): void {
  const nonce = entry.nonce ? createNonce() : '';
  for (const [name, value] of entry.headers) response.setHeader(name, entry.nonce ? value.replaceAll(entry.nonce, nonce) : value);
  const ifNoneMatch = request.headers['if-none-match'];
  if (entry.etag && matchesIfNoneMatch(ifNoneMatch === undefined ? null : String(ifNoneMatch), entry.etag)) {
    response.statusCode = 304;
    response.removeHeader('content-type');
    return void response.end();
  }
  const body = gzip ? fillGzip(entry.body, nonce) : fill(entry.body, nonce);
  response.statusCode = 200;
  if (gzip) response.setHeader('Content-Encoding', 'gzip');
  response.setHeader('Content-Length', body.length);
  response.end(body);
}

/** The kept form of a finished answer, or null when it must not be kept. */
function entryOf(response: ServerResponse, body: Buffer): Entry | null {
  if (response.statusCode !== 200 || response.hasHeader('set-cookie')) return null;
  const nonce = NONCE.exec(String(response.getHeader('content-security-policy') ?? ''))?.[1] ?? null;
  const html = String(response.getHeader('content-type') ?? '').startsWith('text/html');
  if (html && !(nonce && body.includes(nonce))) return null;
  const headers: [string, string][] = [];
  for (const [name, value] of Object.entries(response.getHeaders()))
    if (value !== undefined && !PER_COPY.has(name)) headers.push([name, Array.isArray(value) ? value.join(', ') : String(value)]);
  const etag = response.getHeader('etag');
  return { headers, nonce, etag: etag === undefined ? null : String(etag), body: nonceTemplate(body, nonce) };
}

type Write = (chunk: unknown, encoding?: unknown, callback?: unknown) => boolean;

/**
 * Runs Next's handler with the response held back: the page is collected whole, then sent (kept
 * or not). Next is asked for it uncompressed, since only the uncompressed text has a nonce to
 * replace; what is sent is compressed here when the client takes it.
 */
function render(request: IncomingMessage, response: ServerResponse, handle: NextHandler): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const original = { writeHead: response.writeHead, write: response.write, end: response.end, flushHeaders: response.flushHeaders };
    const acceptEncoding = request.headers['accept-encoding'];
    delete request.headers['accept-encoding'];
    const restore = () => {
      Object.assign(response, original);
      if (acceptEncoding !== undefined) request.headers['accept-encoding'] = acceptEncoding;
    };
    const collect = (chunk: unknown, encoding: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const text = typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8';
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, text) : Buffer.from(chunk as Uint8Array));
    };
    // Headers are kept on the response (setHeader) instead of being sent.
    response.writeHead = ((status: number, ...rest: unknown[]) => {
      response.statusCode = status;
      const headers = rest.find((r) => typeof r === 'object' && r !== null);
      if (Array.isArray(headers)) for (let i = 0; i + 1 < headers.length; i += 2) response.setHeader(String(headers[i]), headers[i + 1]);
      else if (headers) for (const [name, value] of Object.entries(headers)) if (value !== undefined) response.setHeader(name, value);
      return response;
    }) as ServerResponse['writeHead'];
    response.flushHeaders = () => undefined;
    response.write = ((chunk, encoding, callback) => {
      collect(chunk, encoding);
      const done = [encoding, callback].find((f) => typeof f === 'function') as (() => void) | undefined;
      done?.();
      return true;
    }) as Write as ServerResponse['write'];
    response.end = ((chunk?: unknown, encoding?: unknown) => {
      collect(chunk, encoding);
      restore();
      const body = Buffer.concat(chunks);
      const entry = entryOf(response, body);
      if (entry) send(request, response, entry, acceptsGzip(acceptEncoding));
      else response.end(body);
      resolve(entry);
      return response;
    }) as ServerResponse['end'];
    // A client gone before the page was finished: nothing to keep (the waiting requests render their own).
    response.once('close', () => resolve(null));
    handle(request, response).catch((error: unknown) => {
      restore();
      reject(error);
    });
  });
}

export function createPageCache({ dataVersion, maxBytes, env = process.env }: PageCacheOptions): PageCache {
  const kept = new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: (entry) => Math.ceil(entry.body.bytes * 1.3) });
  const rendering = new Map<string, Promise<Entry | null>>();
  let latest = -Infinity;
  return {
    get size() {
      return kept.size;
    },
    async serve(request, response, handle) {
      const key = requestKey(request, env);
      if (key === null) return handle(request, response);
      let version: number;
      try {
        version = await dataVersion();
      } catch {
        return handle(request, response);
      }
      // Pages of older versions are never served again.
      if (version > latest) {
        latest = version;
        kept.clear();
      }
      const full = `${version}\u0000${key}`;
      const hit = kept.get(full);
      const gzip = acceptsGzip(request.headers['accept-encoding']);
      if (hit) return send(request, response, hit, gzip);
      const pending = rendering.get(full);
      if (pending) {
        const entry = await pending.catch(() => null);
        return entry ? send(request, response, entry, gzip) : handle(request, response);
      }
      const rendered = render(request, response, handle);
      rendering.set(full, rendered);
      try {
        const entry = await rendered;
        if (entry && version === latest) kept.set(full, entry);
      } finally {
        rendering.delete(full);
      }
    },
  };
}

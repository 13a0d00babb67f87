// One polite, bounded HTTP GET: the host resolved and checked (address.ts) and that very address
// connected to; redirects followed within a limit, each target checked the same way; a time limit
// on the whole exchange and a size limit on the body (refused from Content-Length when it says so,
// else cut off when the bytes pass it); conditional requests from stored validators. Never throws:
// every failure is a FetchFailure with a code, a sentence and whether trying later may help.
// Bodies may come gzip, deflate or br encoded (the size limit holds on the decoded bytes); an almost
// empty page that only redirects (meta refresh, window.location) is followed like a 3xx; a
// firewall's script challenge is a failure (JS_CHALLENGE), never a page. https certificates are
// verified unless the host is named in `insecureTlsHosts` (many government sites serve broken chains).
import http from 'node:http';
import https from 'node:https';
import { rootCertificates } from 'node:tls';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { decodeText } from '../extract/decode';
import { declaredCharset } from '../extract/html';
import { charsetOf } from '../ingest';
import { AddressRefusal, checkUrl, resolveChecked, systemResolver, type AddressPolicy, type Resolver } from './address';
import { challengeReason, softRedirect } from './signals';

export interface FetcherOptions {
  userAgent: string;
  resolver: Resolver;
  policy: AddressPolicy;
  /** Body size limit (default 50 MB). */
  maxBytes: number;
  /** Time limit of one request, redirects included (default 60 s). */
  timeoutMs: number;
  maxRedirects: number;
  /** Pause before following a redirect to the same host (the host's politeness pause). */
  redirectPauseMs?: number;
  /** Called with every connection about to be opened (tests record them). */
  onConnect?(target: { host: string; address: string; port: number }): void;
  /** Hosts whose https certificate is accepted even when it cannot be verified ('*': every host). */
  insecureTlsHosts?: readonly string[];
  /** Certificate authorities trusted besides the system's (tests: their own). */
  ca?: string | Buffer;
}

export const DEFAULT_FETCHER: Omit<FetcherOptions, 'userAgent' | 'policy'> = {
  resolver: systemResolver,
  maxBytes: 50 * 1024 * 1024,
  timeoutMs: 60_000,
  maxRedirects: 5,
};

export interface FetchRequest {
  url: string;
  /** Validators of the copy already held: the server may answer 304. */
  etag?: string | null;
  lastModified?: string | null;
  /** The address the validators were given by (where `url` redirected last time); `url` when unset. */
  validatorsUrl?: string | null;
}

export interface FetchSuccess {
  ok: true;
  /** 200, or 304 (not modified: no body). */
  status: number;
  /** Where the bytes came from, after redirects. */
  finalUrl: string;
  redirects: string[];
  body: Uint8Array;
  contentType: string | null;
  /** The file name of a Content-Disposition header (download.jsp?id=… answers name their file so). */
  fileName: string | null;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: Date;
}

export type FetchFailureCode =
  | AddressRefusal['code']
  | 'TIMEOUT'
  | 'TOO_LARGE'
  | 'TOO_MANY_REDIRECTS'
  | 'REDIRECT_LOOP'
  | 'NETWORK'
  | 'TLS_CERTIFICATE'
  | 'BAD_ENCODING'
  | 'JS_CHALLENGE'
  | `HTTP_${number}`;

export interface FetchFailure {
  ok: false;
  code: FetchFailureCode;
  message: string;
  status: number | null;
  /** Timeouts, network errors, 429 and 5xx: worth trying again later. */
  transient: boolean;
  /** From Retry-After, when the server said. */
  retryAfterMs: number | null;
}

export type FetchOutcome = FetchSuccess | FetchFailure;

export type Fetcher = (request: FetchRequest) => Promise<FetchOutcome>;

function failure(code: FetchFailureCode, message: string, extra: Partial<FetchFailure> = {}): FetchFailure {
  const transient = code === 'TIMEOUT' || code === 'NETWORK';
  return { ok: false, code, message, status: null, transient, retryAfterMs: null, ...extra };
}

/** Retry-After as seconds or an HTTP date, in ms from now. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

interface Exchange {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Uint8Array;
}

class LimitError extends Error {}

function header(headers: http.IncomingHttpHeaders, name: string): string | null {
  const v = headers[name];
  return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
}

const inflaters = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  br: promisify(zlib.brotliDecompress),
  deflate: promisify(zlib.inflate),
  rawDeflate: promisify(zlib.inflateRaw),
};

/** The body as sent before Content-Encoding, at most `maxBytes` of it (LimitError beyond). */
async function decoded(body: Buffer, encoding: string | null, maxBytes: number): Promise<Buffer> {
  const coding = (encoding ?? 'identity').trim().toLowerCase();
  if (coding === 'identity' || coding === '' || !body.length) return body;
  const inflate = inflaters[coding as keyof typeof inflaters];
  if (!inflate) throw new Error(`BAD_ENCODING:an unknown Content-Encoding "${coding}"`);
  const options = { maxOutputLength: maxBytes };
  try {
    // "deflate" is zlib-wrapped by the standard and raw from some servers: both are read.
    return await inflate(body, options).catch((e: NodeJS.ErrnoException) =>
      coding === 'deflate' && e.code !== 'ERR_BUFFER_TOO_LARGE' ? inflaters.rawDeflate(body, options) : Promise.reject(e),
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new LimitError(`TOO_LARGE:${maxBytes}+ (decoded)`);
    throw new Error(`BAD_ENCODING:the ${coding} body could not be decoded (${(e as Error).message})`);
  }
}

/** filename*=UTF-8''… or filename="…" of a Content-Disposition (raw UTF-8 bytes in the quoted form too). */
export function dispositionFileName(value: string | null): string | null {
  if (!value) return null;
  const extended = /filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)/i.exec(value);
  if (extended) {
    // Percent-encoded bytes in the named charset.
    const bytes = Buffer.from(
      extended[2]!.trim().replace(/%([0-9a-f]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    );
    const name = new TextDecoder(/utf-?8/i.test(extended[1]!) ? 'utf-8' : 'gb18030').decode(bytes);
    if (name) return name.split(/[\\/]/).pop() || null;
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/i.exec(value);
  const raw = (plain?.[1] ?? plain?.[2])?.trim();
  if (!raw) return null;
  // Headers arrive as latin1: bytes of UTF-8 (or GBK) names are put back together.
  const bytes = Buffer.from(raw, 'latin1');
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    name = new TextDecoder('gb18030').decode(bytes);
  }
  if (/%[0-9a-f]{2}/i.test(name))
    try {
      name = decodeURIComponent(name);
    } catch {
      // Kept as sent.
    }
  return name.split(/[\\/]/).pop() || null;
}

/** Node's codes of certificates that could not be verified. */
const TLS_CODES =
  /^(CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|ERR_TLS_CERT_ALTNAME_INVALID|HOSTNAME_MISMATCH|ERR_SSL_)/;

export function createFetcher(options: FetcherOptions): Fetcher {
  const insecure = new Set(options.insecureTlsHosts ?? []);
  const exchange = (
    url: URL,
    address: string,
    validators: Pick<FetchRequest, 'etag' | 'lastModified'>,
    deadline: number,
  ): Promise<Exchange> =>
    new Promise((resolve, reject) => {
      const secure = url.protocol === 'https:';
      const port = Number(url.port || (secure ? 443 : 80));
      options.onConnect?.({ host: url.hostname, address, port });
      const headers: Record<string, string> = {
        host: url.host,
        'user-agent': options.userAgent,
        accept: 'text/html,application/xhtml+xml,application/pdf,application/msword,*/*;q=0.8',
        'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
        'accept-encoding': 'gzip, deflate, br',
      };
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const req = (secure ? https : http).request({
        host: address,
        port,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers,
        servername: secure && !url.hostname.startsWith('[') ? url.hostname : undefined,
        // The certificate is checked against the name asked for, not the address connected to.
        ...(secure && {
          rejectUnauthorized: !insecure.has('*') && !insecure.has(url.hostname),
          ca: options.ca ? [...rootCertificates, options.ca.toString()] : undefined,
        }),
        agent: false,
      });
      const timer = setTimeout(() => req.destroy(new LimitError('TIMEOUT')), Math.max(0, deadline - Date.now()));
      req.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      req.on('response', (res) => {
        const declared = Number(header(res.headers, 'content-length') ?? NaN);
        if (declared > options.maxBytes) {
          req.destroy(new LimitError(`TOO_LARGE:${declared}`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) req.destroy(new LimitError(`TOO_LARGE:${size}+`));
          else chunks.push(chunk);
        });
        res.on('error', () => undefined);
        res.on('end', () => {
          decoded(Buffer.concat(chunks), header(res.headers, 'content-encoding'), options.maxBytes).then(
            (body) => {
              clearTimeout(timer);
              resolve({ status: res.statusCode ?? 0, headers: res.headers, body: new Uint8Array(body) });
            },
            (error) => {
              clearTimeout(timer);
              reject(error);
            },
          );
        });
      });
      req.end();
    });

  return async (request) => {
    const deadline = Date.now() + options.timeoutMs;
    const validatorsHref = URL.canParse(request.validatorsUrl ?? request.url) ? new URL(request.validatorsUrl ?? request.url).href : null;
    const redirects: string[] = [];
    const seen = new Set<string>();
    let target = request.url;
    let previousHost: string | null = null;
    for (;;) {
      let url: URL;
      let result: Exchange;
      try {
        url = checkUrl(target);
        url.hash = '';
        if (seen.has(url.href)) return failure('REDIRECT_LOOP', `redirects loop back to ${url.href}`);
        seen.add(url.href);
        if (options.redirectPauseMs && url.host === previousHost)
          await new Promise((resolve) => setTimeout(resolve, Math.min(options.redirectPauseMs!, Math.max(0, deadline - Date.now()))));
        const address = await resolveChecked(url.hostname, options.resolver, options.policy);
        // Validators belong to the address they were given by: the request's, or where it redirected last time.
        result = await exchange(url, address, url.href === validatorsHref ? request : {}, deadline);
      } catch (error) {
        if (error instanceof AddressRefusal) return failure(error.code, error.message);
        const message = (error as Error).message;
        if (error instanceof LimitError && message === 'TIMEOUT')
          return failure('TIMEOUT', `no complete answer within ${options.timeoutMs / 1000} s`);
        if (error instanceof LimitError)
          return failure('TOO_LARGE', `over the ${options.maxBytes} bytes limit (${message.slice('TOO_LARGE:'.length)} bytes)`);
        if (message.startsWith('BAD_ENCODING:')) return failure('BAD_ENCODING', message.slice('BAD_ENCODING:'.length));
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (TLS_CODES.test(code))
          return failure(
            'TLS_CERTIFICATE',
            `the https certificate of ${target.replace(/^https:\/\/([^/]+).*$/, '$1')} could not be verified (${code}: ${message}); ` +
              'name the host in COLLECT_INSECURE_TLS to accept it',
          );
        return failure('NETWORK', message || String(error));
      }
      const { status, headers } = result;
      const challenge = status !== 304 ? challengeReason(result.body, header(headers, 'content-type')) : null;
      if (challenge)
        return failure('JS_CHALLENGE', `${challenge} (HTTP ${status}); collecting it needs a browser: upload the report instead`, {
          status,
        });
      // A page that only sends the browser on (meta refresh, window.location) is a redirect.
      const soft = status === 200 && /html/i.test(header(headers, 'content-type') ?? 'html') ? softRedirect(result.body, url.href) : null;
      if ((status >= 300 && status < 400 && status !== 304) || soft) {
        const location = soft ?? header(headers, 'location');
        if (!location) return failure(`HTTP_${status}`, `redirect (${status}) without a Location`, { status });
        if (redirects.length >= options.maxRedirects) return failure('TOO_MANY_REDIRECTS', `more than ${options.maxRedirects} redirects`);
        // An absolute Location is checked as written (URL() would rewrite http://2130706433/ to 127.0.0.1).
        const absolute = /^[a-z][a-z0-9+.-]*:/i.test(location) ? location : location.startsWith('//') ? `${url.protocol}${location}` : null;
        target = absolute ?? new URL(location, url).href;
        redirects.push(target);
        previousHost = url.host;
        continue;
      }
      if (status !== 200 && status !== 304) {
        const transient = status === 429 || status === 408 || status >= 500;
        return failure(`HTTP_${status}`, `the server answered ${status}`, {
          status,
          transient,
          retryAfterMs: retryAfterMs(header(headers, 'retry-after') ?? undefined),
        });
      }
      return {
        ok: true,
        status,
        finalUrl: url.href,
        redirects,
        body: result.body,
        contentType: header(headers, 'content-type'),
        fileName: dispositionFileName(header(headers, 'content-disposition')),
        etag: header(headers, 'etag'),
        lastModified: header(headers, 'last-modified'),
        fetchedAt: new Date(),
      };
    }
  };
}

/** A page's text: charset from HTTP, else from its <meta>, else guessed (lib/extract's decoder, which trusts neither blindly). */
export function decodeHtml(fetched: Pick<FetchSuccess, 'body' | 'contentType'>): string {
  return decodeText(fetched.body, charsetOf(fetched.contentType) ?? declaredCharset(fetched.body)).text;
}

// One polite, bounded HTTP GET: the host resolved and checked (address.ts) and that very address
// connected to; redirects followed within a limit, each target checked the same way; a time limit
// on the whole exchange and a size limit on the body (refused from Content-Length when it says so,
// else cut off when the bytes pass it); conditional requests from stored validators. Never throws:
// every failure is a FetchFailure with a code, a sentence and whether trying later may help.
import http from 'node:http';
import https from 'node:https';
import { AddressRefusal, checkUrl, resolveChecked, systemResolver, type AddressPolicy, type Resolver } from './address';

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
  etag: string | null;
  lastModified: string | null;
  fetchedAt: Date;
}

export type FetchFailureCode =
  AddressRefusal['code'] | 'TIMEOUT' | 'TOO_LARGE' | 'TOO_MANY_REDIRECTS' | 'REDIRECT_LOOP' | 'NETWORK' | `HTTP_${number}`;

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

export function createFetcher(options: FetcherOptions): Fetcher {
  const exchange = (url: URL, address: string, request: FetchRequest, deadline: number): Promise<Exchange> =>
    new Promise((resolve, reject) => {
      const secure = url.protocol === 'https:';
      const port = Number(url.port || (secure ? 443 : 80));
      options.onConnect?.({ host: url.hostname, address, port });
      const headers: Record<string, string> = {
        host: url.host,
        'user-agent': options.userAgent,
        accept: 'text/html,application/xhtml+xml,application/pdf,application/msword,*/*;q=0.8',
        'accept-encoding': 'identity',
      };
      if (request.etag) headers['if-none-match'] = request.etag;
      if (request.lastModified) headers['if-modified-since'] = request.lastModified;
      const req = (secure ? https : http).request({
        host: address,
        port,
        path: `${url.pathname}${url.search}`,
        method: 'GET',
        headers,
        servername: secure && !url.hostname.startsWith('[') ? url.hostname : undefined,
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
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: new Uint8Array(Buffer.concat(chunks)) });
        });
      });
      req.end();
    });

  return async (request) => {
    const deadline = Date.now() + options.timeoutMs;
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
        // Validators belong to the address they were stored for, not to a redirect's target.
        result = await exchange(url, address, redirects.length ? { url: target } : request, deadline);
      } catch (error) {
        if (error instanceof AddressRefusal) return failure(error.code, error.message);
        const message = (error as Error).message;
        if (error instanceof LimitError && message === 'TIMEOUT')
          return failure('TIMEOUT', `no complete answer within ${options.timeoutMs / 1000} s`);
        if (error instanceof LimitError)
          return failure('TOO_LARGE', `over the ${options.maxBytes} bytes limit (${message.slice('TOO_LARGE:'.length)} bytes)`);
        return failure('NETWORK', message || String(error));
      }
      const { status, headers } = result;
      if (status >= 300 && status < 400 && status !== 304) {
        const location = header(headers, 'location');
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
        etag: header(headers, 'etag'),
        lastModified: header(headers, 'last-modified'),
        fetchedAt: new Date(),
      };
    }
  };
}

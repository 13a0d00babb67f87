// The address the rate limits see, through a real HTTP server: a forged X-Forwarded-For (or
// X-Real-IP, Forwarded…) from a client is replaced by its socket address; behind a proxy named in
// TRUST_PROXY the chain is read up to the first address that is not a trusted proxy.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientKey } from '@/lib/http/client-key';
import { setClientAddress, trustProxyFrom, TrustProxyError, type TrustProxy } from './client-address';

let trust: TrustProxy = trustProxyFrom(undefined);
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    setClientAddress(request, trust);
    response.setHeader('Content-Type', 'application/json');
    response.end(JSON.stringify(request.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function seen(headers: Record<string, string>): Promise<IncomingHttpHeaders> {
  return (await fetch(base, { headers })).json() as Promise<IncomingHttpHeaders>;
}

const key = (headers: IncomingHttpHeaders) => clientKey(new Headers(headers as Record<string, string>));

describe('setClientAddress without TRUST_PROXY', () => {
  it('replaces a forged X-Forwarded-For with the socket address', async () => {
    trust = trustProxyFrom('');
    expect(key(await seen({ 'x-forwarded-for': '203.0.113.7' }))).toBe('127.0.0.1');
    expect(key(await seen({ 'x-forwarded-for': '203.0.113.7, 198.51.100.1' }))).toBe('127.0.0.1');
    expect(key(await seen({}))).toBe('127.0.0.1');
  });

  it('drops the other forwarded headers a client could forge', async () => {
    trust = trustProxyFrom(undefined);
    const headers = await seen({
      'x-real-ip': '203.0.113.8',
      forwarded: 'for=203.0.113.9',
      'x-forwarded-host': 'evil.example',
      'x-forwarded-proto': 'https',
    });
    expect(headers['x-forwarded-for']).toBe('127.0.0.1');
    for (const name of ['x-real-ip', 'forwarded', 'x-forwarded-host', 'x-forwarded-proto']) expect(headers[name], name).toBeUndefined();
  });
});

describe('setClientAddress behind trusted proxies', () => {
  it('takes the nearest untrusted address of the chain when the socket is a trusted proxy', async () => {
    trust = trustProxyFrom('loopback');
    expect(key(await seen({ 'x-forwarded-for': '203.0.113.7' }))).toBe('203.0.113.7');
    // A client's own forged entry (leftmost) is not believed past a proxy that is not trusted.
    expect(key(await seen({ 'x-forwarded-for': '192.0.2.66, 203.0.113.7' }))).toBe('203.0.113.7');
    expect((await seen({ 'x-forwarded-proto': 'https' }))['x-forwarded-proto']).toBe('https');
  });

  it('walks past several trusted proxies', async () => {
    trust = trustProxyFrom('127.0.0.1, 10.0.0.0/8');
    expect(key(await seen({ 'x-forwarded-for': '192.0.2.66, 203.0.113.7, 10.1.2.3' }))).toBe('203.0.113.7');
  });

  it('believes no chain when the socket is not one of the trusted proxies', async () => {
    trust = trustProxyFrom('10.0.0.0/8');
    expect(key(await seen({ 'x-forwarded-for': '203.0.113.7' }))).toBe('127.0.0.1');
  });

  it('refuses a TRUST_PROXY that is not addresses, saying so', () => {
    expect(() => trustProxyFrom('10.0.0.0/8, not-an-address')).toThrow(TrustProxyError);
    expect(() => trustProxyFrom('10.0.0.0/8, not-an-address')).toThrow(/TRUST_PROXY/);
  });
});

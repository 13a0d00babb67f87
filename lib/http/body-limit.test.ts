import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, DEFAULT_MAX_UPLOAD_BYTES, formatBytes, maxUploadBytes, readBodyLimited } from './body-limit';

function streamOf(chunks: number, chunkSize: number, onPull: () => void): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      onPull();
      if (sent++ >= chunks) controller.close();
      else controller.enqueue(new Uint8Array(chunkSize).fill(65));
    },
  });
}

/** The bytes in pieces of `size`, as a network delivers them. */
function chunked(bytes: Uint8Array, size: number): ReadableStream<Uint8Array> {
  let at = 0;
  return new ReadableStream({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, (at += size)));
    },
  });
}

function post(body: ReadableStream<Uint8Array> | Uint8Array, headers: Record<string, string> = {}): Request {
  return new Request('http://x/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

const report = new Uint8Array(readFileSync('data/reports/corpus/hongze_district_2023.pdf'));

describe('readBodyLimited', () => {
  it('reads a body under the limit whole', async () => {
    const bytes = await readBodyLimited(post(new Uint8Array([1, 2, 3])), 10);
    expect([...bytes]).toEqual([1, 2, 3]);
  });

  it('puts a report sent in many pieces back together in order, up to exactly the limit', async () => {
    expect(report.length).toBeGreaterThan(10_000);
    // (Buffer.equals: toEqual walks 300 KB element by element, for seconds.)
    expect(Buffer.from(await readBodyLimited(post(chunked(report, 4093)), report.length)).equals(report)).toBe(true);
    await expect(readBodyLimited(post(chunked(report, 4093)), report.length - 1)).rejects.toBeInstanceOf(BodyTooLargeError);
    const declared = { 'content-length': String(report.length) };
    expect(Buffer.from(await readBodyLimited(post(report, declared), report.length)).equals(report)).toBe(true);
  });

  it('answers an empty body with no bytes, and refuses a bodiless request that declares too many', async () => {
    expect(await readBodyLimited(new Request('http://x/'), 10)).toEqual(new Uint8Array(0));
    const declared = new Request('http://x/', { headers: { 'content-length': '5000' } });
    expect(declared.body).toBeNull();
    await expect(readBodyLimited(declared, 10)).rejects.toBeInstanceOf(BodyTooLargeError);
  });

  it('refuses on Content-Length before reading anything', async () => {
    let pulls = 0;
    const request = post(
      streamOf(100, 1024, () => pulls++),
      { 'content-length': String(100 * 1024) },
    );
    const refusal = await readBodyLimited(request, 1024).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(BodyTooLargeError);
    expect(refusal).toMatchObject({ name: 'BodyTooLargeError', limit: 1024, message: 'body over 1024 bytes' });
    expect(pulls).toBeLessThanOrEqual(1);
  });

  it('stops reading a body without Content-Length at the limit', async () => {
    let pulls = 0;
    // 50 MB offered in 1 MB chunks; the limit is 2 MB.
    const request = post(streamOf(50, 1024 * 1024, () => pulls++));
    await expect(readBodyLimited(request, 2 * 1024 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulls).toBeLessThan(6);
  });

  it('takes MAX_UPLOAD_BYTES from the environment, 20 MB otherwise', () => {
    expect(DEFAULT_MAX_UPLOAD_BYTES).toBe(20 * 1024 * 1024);
    expect(maxUploadBytes({})).toBe(20 * 1024 * 1024);
    expect(maxUploadBytes({ MAX_UPLOAD_BYTES: '1000' })).toBe(1000);
    expect(maxUploadBytes({ MAX_UPLOAD_BYTES: '1' })).toBe(1);
    for (const wrong of ['lots', '', '0', '-5', '1.5', '1e400']) {
      expect(maxUploadBytes({ MAX_UPLOAD_BYTES: wrong }), wrong).toBe(20 * 1024 * 1024);
    }
  });
});

describe('formatBytes', () => {
  it('says bytes, KB or MB, with one decimal where it is not whole', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1 KB');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(1024 * 1024 - 1)).toBe('1024 KB');
    expect(formatBytes(1024 * 1024)).toBe('1 MB');
    expect(formatBytes(DEFAULT_MAX_UPLOAD_BYTES)).toBe('20 MB');
    expect(formatBytes(report.length)).toBe(`${+(report.length / 1024).toFixed(1)} KB`);
    expect(formatBytes(2.5 * 1024 * 1024)).toBe('2.5 MB');
  });
});

import { describe, expect, it } from 'vitest';
import { BodyTooLargeError, maxUploadBytes, readBodyLimited } from './body-limit';

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

function post(body: ReadableStream<Uint8Array> | Uint8Array, headers: Record<string, string> = {}): Request {
  return new Request('http://x/', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('readBodyLimited', () => {
  it('reads a body under the limit whole', async () => {
    const bytes = await readBodyLimited(post(new Uint8Array([1, 2, 3])), 10);
    expect([...bytes]).toEqual([1, 2, 3]);
  });

  it('refuses on Content-Length before reading anything', async () => {
    let pulls = 0;
    const request = post(
      streamOf(100, 1024, () => pulls++),
      { 'content-length': String(100 * 1024) },
    );
    await expect(readBodyLimited(request, 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
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
    expect(maxUploadBytes({})).toBe(20 * 1024 * 1024);
    expect(maxUploadBytes({ MAX_UPLOAD_BYTES: '1000' })).toBe(1000);
    expect(maxUploadBytes({ MAX_UPLOAD_BYTES: 'lots' })).toBe(20 * 1024 * 1024);
  });
});

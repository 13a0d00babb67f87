// A kept page with its nonce as a hole: filled with another nonce, as text and as gzip, it is the
// page with that nonce everywhere the old one was, and nothing else changed.
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNonce } from '@/lib/http/security-headers';
import { fill, fillGzip, nonceTemplate } from './nonce-template';

const OLD = 'jAEtOmoWTcrFwxUOyLFzCQ==';

describe('nonceTemplate', () => {
  it('replaces every occurrence, in text and in gzip', () => {
    const page = Buffer.from(`<script nonce="${OLD}">a</script>政府<script nonce="${OLD}">"nonce":"${OLD}"</script>${OLD}`);
    const template = nonceTemplate(page, OLD);
    expect(template.pieces).toHaveLength(5);
    const fresh = createNonce();
    const expected = page.toString().replaceAll(OLD, fresh);
    expect(fill(template, fresh).toString()).toBe(expected);
    expect(gunzipSync(fillGzip(template, fresh)).toString()).toBe(expected);
  });

  it('keeps a page without the nonce as it is', () => {
    const page = Buffer.from('<p>no scripts</p>');
    expect(fill(nonceTemplate(page, OLD), 'x').equals(page)).toBe(true);
    expect(gunzipSync(fillGzip(nonceTemplate(page, OLD), 'x')).equals(page)).toBe(true);
  });

  it('round-trips any text through gzip, with a nonce of another length', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { maxLength: 6 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        (parts, nonce) => {
          const page = Buffer.from(parts.join(OLD));
          const expected = Buffer.from(parts.join(nonce));
          const template = nonceTemplate(page, OLD);
          expect(fill(template, nonce).equals(expected)).toBe(true);
          expect(gunzipSync(fillGzip(template, nonce)).equals(expected)).toBe(true);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('compresses a page as a page is compressed', () => {
    // A page holds its nonce some twenty times (script tags, the RSC payload's links).
    const rows = (from: number) => Array.from({ length: 100 }, (_, i) => `<tr><td>${from + i}</td><td>北京市</td></tr>`).join('');
    const page = Buffer.from(Array.from({ length: 20 }, (_, i) => `<script nonce="${OLD}"></script>${rows(i * 100)}`).join(''));
    const gz = fillGzip(nonceTemplate(page, OLD), createNonce());
    expect(gz.length).toBeLessThan(page.length / 3);
  });
});

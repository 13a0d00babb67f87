import { describe, expect, it } from 'vitest';
import { attachment, contentDisposition } from './content-disposition';

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the UTF-8 name', () => {
    expect(contentDisposition('001-yiyang-2020.txt')).toBe(
      `attachment; filename="001-yiyang-2020.txt"; filename*=UTF-8''001-yiyang-2020.txt`,
    );
    const header = contentDisposition('阜阳市 2020年报(终稿).pdf');
    expect(header).toContain(`filename*=UTF-8''%E9%98%9C%E9%98%B3%E5%B8%82%202020%E5%B9%B4%E6%8A%A5%28%E7%BB%88%E7%A8%BF%29.pdf`);
    expect(header).toMatch(/^attachment; filename="[\x20-\x7e]+";/);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('阜阳市 2020年报(终稿).pdf');
    expect(contentDisposition('a"b\\c.txt')).toContain('filename="a_b_c.txt"');
  });

  it("replaces each non-ASCII character in the fallback, encodes ' ( ) * in filename*, and is inline when asked", () => {
    expect(contentDisposition('阜阳市 2020.pdf', 'inline')).toBe(
      `inline; filename="___ 2020.pdf"; filename*=UTF-8''%E9%98%9C%E9%98%B3%E5%B8%82%202020.pdf`,
    );
    expect(contentDisposition("it's (a)*.csv")).toBe(`attachment; filename="it's (a)*.csv"; filename*=UTF-8''it%27s%20%28a%29%2A.csv`);
    expect(contentDisposition('~tab\there.txt')).toContain('filename="~tab_here.txt"');
    expect(contentDisposition('')).toBe(`attachment; filename="download"; filename*=UTF-8''`);
  });
});

describe('attachment', () => {
  it('sends the body as a download that is never cached or sniffed', async () => {
    const response = attachment('a,b\r\n1,2\r\n', '宁波市.csv', 'text/csv; charset=utf-8');
    expect(await response.text()).toBe('a,b\r\n1,2\r\n');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(contentDisposition('宁波市.csv'));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

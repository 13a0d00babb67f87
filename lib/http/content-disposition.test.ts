import { describe, expect, it } from 'vitest';
import { contentDisposition } from './content-disposition';

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
});

import { describe, expect, it } from 'vitest';
import { cleanFileName, readUpload, UploadFormError } from './upload';

describe('readUpload', () => {
  it('reads a multipart file field and text fields', async () => {
    const form = new FormData();
    form.set('file', new File([new TextEncoder().encode('阜阳市')], '阜阳.txt'));
    form.set('corrections', '{"year":2020}');
    const upload = await readUpload(new Request('http://x/', { method: 'POST', body: form }), 1000);
    expect(upload.name).toBe('阜阳.txt');
    expect(new TextDecoder().decode(upload.bytes)).toBe('阜阳市');
    expect(upload.fields.corrections).toBe('{"year":2020}');
  });

  it('reads a raw body with a percent-encoded X-File-Name', async () => {
    const request = new Request('http://x/', {
      method: 'POST',
      body: 'abc',
      headers: { 'x-file-name': encodeURIComponent('报告 2020.txt'), 'content-type': 'text/plain' },
    });
    const upload = await readUpload(request, 1000);
    expect(upload).toMatchObject({ name: '报告 2020.txt', fields: {} });
    expect(upload.bytes.byteLength).toBe(3);
  });

  it('limits the file, not the multipart envelope around it', async () => {
    const form = (size: number) => {
      const f = new FormData();
      f.set('file', new File([new Uint8Array(size)], 'a.txt'));
      f.set('corrections', '{"year":2020}');
      return new Request('http://x/', { method: 'POST', body: f });
    };
    expect((await readUpload(form(1000), 1000)).bytes.byteLength).toBe(1000);
    await expect(readUpload(form(1001), 1000)).rejects.toMatchObject({ name: 'BodyTooLargeError', limit: 1000 });
  });

  it('refuses a multipart body without a file', async () => {
    const form = new FormData();
    form.set('note', 'x');
    await expect(readUpload(new Request('http://x/', { method: 'POST', body: form }), 1000)).rejects.toBeInstanceOf(UploadFormError);
  });

  it('cleans names of paths and control characters', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b\nc.txt')).toBe('abc.txt');
    expect(cleanFileName('')).toBe('upload');
    expect(cleanFileName('%E0%A4%A')).toBe('%E0%A4%A');
  });
});

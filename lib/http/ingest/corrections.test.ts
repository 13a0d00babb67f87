import { describe, expect, it } from 'vitest';
import { parseCorrections } from './corrections';

describe('corrections', () => {
  it('accepts body, year and scope and refuses anything else', () => {
    expect(parseCorrections('{"year":2020,"scope":"agency","body":" 阜阳市政府办公室 "}')).toEqual({
      ok: true,
      value: { year: 2020, scope: 'agency', body: '阜阳市政府办公室' },
    });
    expect(parseCorrections(undefined)).toEqual({ ok: true, value: {} });
    expect(parseCorrections('{"figures":{}}')).toMatchObject({ ok: false });
    expect(parseCorrections('{"year":"2020"}')).toMatchObject({ ok: false });
    expect(parseCorrections('{"scope":"all"}')).toMatchObject({ ok: false });
    expect(parseCorrections('[1]')).toMatchObject({ ok: false });
    expect(parseCorrections('{')).toMatchObject({ ok: false });
  });
});

import { describe, expect, it } from 'vitest';
import {
  cursorParam,
  cursorRowId,
  encodeCursor,
  enumParam,
  intParam,
  listParam,
  MAX_ROW_ID,
  optional,
  parseQuery,
  patternParam,
  required,
  SLUG_PATTERN,
  withDefault,
} from './query-params';

const specs = {
  year: optional(intParam(1990, 2100), 'a year'),
  limit: withDefault(intParam(1, 500), 100, '1–500'),
  scope: optional(enumParam(['aggregate', 'agency'] as const), 'aggregate or agency'),
  ids: optional(listParam(intParam(1, 9), 3), 'digits'),
  cursor: optional(
    cursorParam((t) => (/^\d+$/.test(t) ? Number(t) : null)),
    'a cursor',
  ),
};

function q(query: string) {
  return parseQuery(new URLSearchParams(query), specs);
}

describe('parseQuery', () => {
  it('yields typed values and defaults', () => {
    expect(q('year=2020&scope=agency&ids=1,2,2')).toEqual({
      ok: true,
      values: { year: 2020, limit: 100, scope: 'agency', ids: [1, 2], cursor: undefined },
    });
    expect(q(`cursor=${encodeCursor('42')}`)).toMatchObject({ ok: true, values: { cursor: 42 } });
  });

  it('names the parameter at fault and why', () => {
    expect(q('year=20x0')).toMatchObject({ ok: false, param: 'year' });
    expect(q('limit=501')).toMatchObject({ ok: false, param: 'limit', reason: expect.stringContaining('outside 1–500') });
    expect(q('scope=all')).toMatchObject({ ok: false, param: 'scope' });
    expect(q('yaer=2020')).toMatchObject({ ok: false, param: 'yaer', reason: expect.stringContaining('unknown parameter') });
    expect(q('year=2020&year=2021')).toMatchObject({ ok: false, param: 'year' });
    expect(q('ids=1,2,3,4')).toMatchObject({ ok: false, param: 'ids' });
    expect(q('cursor=%00%01')).toMatchObject({ ok: false, param: 'cursor' });
    expect(q(`cursor=${encodeCursor('abc')}`)).toMatchObject({ ok: false, param: 'cursor' });
  });

  it('says exactly what was wrong and what was expected', () => {
    expect(q('yaer=2020')).toEqual({ ok: false, param: 'yaer', reason: 'unknown parameter; known: year, limit, scope, ids, cursor' });
    expect(q('year=2020&year=2021')).toEqual({ ok: false, param: 'year', reason: 'given more than once' });
    expect(q('year=20x0')).toEqual({ ok: false, param: 'year', reason: '"20x0" is not a whole number (expected a year)' });
    expect(q('year=1989')).toEqual({ ok: false, param: 'year', reason: '1989 is outside 1990–2100 (expected a year)' });
    expect(q('scope=all')).toEqual({
      ok: false,
      param: 'scope',
      reason: '"all" is not one of aggregate, agency (expected aggregate or agency)',
    });
    expect(q('ids=1,2,3,4')).toEqual({ ok: false, param: 'ids', reason: 'at most 3 values, got 4 (expected digits)' });
    expect(q('ids=1,x')).toEqual({ ok: false, param: 'ids', reason: '"x" is not a whole number (expected digits)' });
    expect(q('ids=,%20,')).toEqual({ ok: false, param: 'ids', reason: 'the list is empty (expected digits)' });
    expect(q('cursor=a.b')).toEqual({ ok: false, param: 'cursor', reason: 'not a cursor from a previous page (expected a cursor)' });
  });

  it('treats an empty value as absent: the default, undefined, or a refusal when required', () => {
    expect(q('year=&limit=')).toEqual({
      ok: true,
      values: { year: undefined, limit: 100, scope: undefined, ids: undefined, cursor: undefined },
    });
    const needsYear = { year: required(intParam(1990, 2100), 'a year') };
    expect(parseQuery(new URLSearchParams('year='), needsYear)).toEqual({ ok: false, param: 'year', reason: 'required: a year' });
    expect(parseQuery(new URLSearchParams(''), needsYear)).toEqual({ ok: false, param: 'year', reason: 'required: a year' });
    expect(parseQuery(new URLSearchParams('year=2021'), needsYear)).toEqual({ ok: true, values: { year: 2021 } });
  });
});

describe('parameter parsers', () => {
  it('intParam takes whole numbers of up to nine digits within the bounds, both included', () => {
    const p = intParam(-5, 2100);
    expect(p('-5')).toEqual({ ok: true, value: -5 });
    expect(p('2100')).toEqual({ ok: true, value: 2100 });
    expect(p('0042')).toEqual({ ok: true, value: 42 });
    expect(p('-6')).toEqual({ ok: false, reason: '-6 is outside -5–2100' });
    expect(p('2101')).toEqual({ ok: false, reason: '2101 is outside -5–2100' });
    expect(p('1.5').ok).toBe(false);
    expect(p(' 7').ok).toBe(false);
    expect(p('7 ').ok).toBe(false);
    expect(p('1e3').ok).toBe(false);
    expect(intParam(0, 2e9)('999999999')).toEqual({ ok: true, value: 999999999 });
    expect(intParam(0, 2e9)('1000000000').ok).toBe(false);
  });

  it('clips a long wrong value in the reason to 40 characters', () => {
    const long = 'x'.repeat(41);
    expect(enumParam(['a'])(long)).toEqual({ ok: false, reason: `"${'x'.repeat(40)}…" is not one of a` });
    expect(enumParam(['a'])('x'.repeat(40))).toEqual({ ok: false, reason: `"${'x'.repeat(40)}" is not one of a` });
  });

  it('patternParam and SLUG_PATTERN take lowercase slugs joined by single hyphens', () => {
    const slug = patternParam(SLUG_PATTERN, 'a slug');
    expect(slug('fuyang-341200')).toEqual({ ok: true, value: 'fuyang-341200' });
    for (const bad of ['Fuyang', 'fuyang--341200', '-fuyang', 'fuyang-', 'fu yang', '阜阳', 'a/b']) {
      expect(slug(bad), bad).toEqual({ ok: false, reason: `"${bad}" is not a slug` });
    }
  });

  it('listParam trims items, drops empty and repeated ones, and allows exactly `max`', () => {
    const ids = listParam(intParam(1, 9), 3);
    expect(ids(' 3 , 1,,3, 2 ')).toEqual({ ok: true, value: [3, 1, 2] });
    expect(ids('1,2,3,4')).toEqual({ ok: false, reason: 'at most 3 values, got 4' });
    expect(ids('')).toEqual({ ok: false, reason: 'the list is empty' });
  });

  it('cursorParam reads base64url of up to 200 characters', () => {
    const cursor = cursorParam((t) => t);
    const text = 'y'.repeat(150);
    expect(encodeCursor(text)).toHaveLength(200);
    expect(cursor(encodeCursor(text))).toEqual({ ok: true, value: text });
    expect(cursor(encodeCursor(`${text}y`)).ok).toBe(false);
    expect(cursor(encodeCursor('阜阳市|2020'))).toEqual({ ok: true, value: '阜阳市|2020' });
    expect(cursorParam(() => null)(encodeCursor('42'))).toEqual({ ok: false, reason: 'not a cursor from a previous page' });
    expect(cursor('').ok).toBe(false);
    expect(cursor('ab+c').ok).toBe(false);
    expect(cursor('ab=').ok).toBe(false);
  });
});

describe('cursor row ids and plain text', () => {
  it('cursorRowId takes digits up to the largest int4, nothing else', () => {
    expect(cursorRowId('0')).toBe(0);
    expect(cursorRowId('42')).toBe(42);
    expect(cursorRowId(String(MAX_ROW_ID))).toBe(2_147_483_647);
    expect(cursorRowId(String(MAX_ROW_ID + 1))).toBeNull();
    for (const bad of ['', '-1', '1.5', 'x42', '42x', '12345678901', ' 42']) expect(cursorRowId(bad), bad).toBeNull();
  });

  it('refuses a control character before the parser reads the value', () => {
    expect(q('scope=agency%00')).toEqual({ ok: false, param: 'scope', reason: 'contains a control character or an unpaired surrogate' });
    expect(q('year=2020%0A')).toMatchObject({ ok: false, param: 'year', reason: 'contains a control character or an unpaired surrogate' });
  });
});

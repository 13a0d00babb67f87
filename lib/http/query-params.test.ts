import { describe, expect, it } from 'vitest';
import { cursorParam, encodeCursor, enumParam, intParam, listParam, optional, parseQuery, withDefault } from './query-params';

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
});

import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyField, copyLine } from './copy';
import { startTestDatabase, type TestDatabase } from './testing';

describe('copyField', () => {
  it('escapes what the text format reserves', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(copyField(Buffer.from([0, 255]))).toBe('\\\\x00ff');
    expect(copyField(['x', null, 'say "hi", \\ok'])).toBe('{"x",NULL,"say \\\\"hi\\\\", \\\\\\\\ok"}');
    expect(copyField(Number.NaN)).toBe('NaN');
    expect(copyField(-Infinity)).toBe('-Infinity');
  });
});

describe('copyLine through PostgreSQL', () => {
  let db: TestDatabase;
  let client: pg.Client;
  beforeAll(async () => {
    db = await startTestDatabase();
    client = new pg.Client({ connectionString: db.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await db?.stop();
  });

  it('round-trips text, nulls, numbers, bytes, arrays and JSON exactly', async () => {
    await client.query('CREATE TEMP TABLE t (s text, n float8, b bytea, a text[], i int[], j jsonb, blank text)');
    const rows = [
      [
        '弋阳县\t人民政府\n第二行 \\N 反斜杠\\',
        1.5,
        Buffer.from('原文 \u0000\u00ff', 'utf8'),
        ['a,b', '"q"', null, '\\', '{}'],
        [1, null, 3],
        '{"k": "v\\n"}',
        null,
      ],
      ['', -0.25, Buffer.alloc(0), [], [], 'null', ''],
    ] as const;
    await pipeline(Readable.from(rows.map((r) => copyLine(r))), client.query(copyFrom('COPY t FROM STDIN')));
    const { rows: back } = await client.query('SELECT * FROM t ORDER BY n DESC');
    expect(back[0]).toEqual({ s: rows[0][0], n: 1.5, b: rows[0][2], a: rows[0][3], i: [1, null, 3], j: { k: 'v\n' }, blank: null });
    expect(back[1]).toEqual({ s: '', n: -0.25, b: Buffer.alloc(0), a: [], i: [], j: null, blank: '' });
  });
});

import { describe, expect, it } from 'vitest';
import { PG_TYPES, shapeMismatches } from './sql';

describe('shapeMismatches', () => {
  const fields = [
    { name: 'id', dataTypeID: PG_TYPES.int4 },
    { name: 'name', dataTypeID: PG_TYPES.text },
    { name: 'value', dataTypeID: PG_TYPES.float8 },
  ];

  it('agrees with a shape that says what the query returns', () => {
    expect(shapeMismatches({ id: 'int4', name: 'text', value: 'float8 | null' }, fields, [{ id: 1, name: 'a', value: null }])).toEqual([]);
  });

  it('names a column missing, added or out of order, a wrong type, and a NULL where none may be', () => {
    expect(shapeMismatches({ id: 'int4', name: 'text' }, fields, [])).toEqual(['columns are (id, name, value), the shape says (id, name)']);
    expect(shapeMismatches({ name: 'text', id: 'int4', value: 'float8' }, fields, [])).toEqual([
      'columns are (id, name, value), the shape says (name, id, value)',
    ]);
    expect(shapeMismatches({ id: 'int8', name: 'text', value: 'float8' }, fields, [])).toEqual([
      'id: type OID 23, the shape says int8 (20)',
    ]);
    expect(shapeMismatches({ id: 'int4', name: 'text', value: 'float8' }, fields, [{ id: 1, name: 'a', value: null }])).toEqual([
      'value: NULL returned, the shape says never',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { noNumberOf, storedFigureText } from './no-number';

describe('noNumberOf and storedFigureText: one mark per meaning, never a bare "—" for a stored figure', () => {
  it('prints a stored number, a blank cell, a "/" cell and an unread sentence with their own marks', () => {
    expect(storedFigureText({ value: 3517, provenance: 'table', raw: '3517' }, 'en')).toBe('3,517');
    expect(storedFigureText({ value: 0, provenance: 'table', raw: '0' }, 'zh')).toBe('0');
    expect(storedFigureText({ value: null, provenance: 'table', raw: '' }, 'zh')).toBe('□');
    expect(storedFigureText({ value: null, provenance: 'table', raw: '/' }, 'en')).toBe('/');
    expect(storedFigureText({ value: null, provenance: 'narrative', raw: null }, 'en')).toBe('…');
  });

  it('tells a figure not read from one the format has not, only when nothing is stored', () => {
    expect(noNumberOf('applications.new.natural', undefined, '2021')).toBe('notRead');
    expect(noNumberOf('applications.new.natural', undefined, 'legacy')).toBe('notInFormat');
    expect(noNumberOf('applications.new.natural', { value: null, provenance: 'table', raw: '/' }, 'legacy')).toBe('slash');
  });
});

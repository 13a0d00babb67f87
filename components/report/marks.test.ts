import { describe, expect, it } from 'vitest';
import type { FigureView, IssueView } from '@/lib/domain';
import { buildMarks, figureAt, segmentKind } from './marks';
import { segmentText } from './text-segments';

const text = '行政处罚 | 2859 | +543 | 3402 |\n共受理3517件';
const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
const fig = (key: string, span: [number, number] | null, provenance: FigureView['provenance'] = 'table'): FigureView => ({
  key,
  value: 1,
  provenance,
  rule: 't',
  raw: null,
  basis: null,
  span,
});

describe('marks', () => {
  const figures = [
    fig('active.penalty.prevItems', at('2859')),
    fig('active.penalty.decisions', at('3402')),
    fig('active.penalty.change', [at('2859')[0], at('3402')[1]], 'inferred'),
    fig('applications.new.total', null),
  ];
  const issues: IssueView[] = [
    { id: 9, code: 'NARRATIVE_ONLY', severity: 'info', message: { zh: 'x', en: 'x' }, keys: [], numbers: null, span: at('3517件') },
  ];
  const segments = segmentText(text.length, buildMarks(figures, issues));
  const segmentOf = (s: string) => segments.find((g) => text.slice(g.start, g.end) === s)!;

  it('marks every figure and issue with a span', () => {
    expect(buildMarks(figures, issues).map((m) => m.id)).toEqual([0, 1, 2, 4]);
  });

  it('resolves a click to the read figure with the smallest span', () => {
    expect(figureAt(segmentOf('3402'), figures)).toBe(1);
    expect(figureAt(segmentOf(' | +543 | '), figures)).toBe(2);
    expect(figureAt(segmentOf('3517件'), figures)).toBeNull();
  });

  it('draws read figures, issues and plain text apart', () => {
    expect(segmentKind(segmentOf('3402'), figures)).toBe('figure');
    expect(segmentKind(segmentOf(' | +543 | '), figures)).toBe('plain');
    expect(segmentKind(segmentOf('3517件'), figures)).toBe('issue');
  });
});

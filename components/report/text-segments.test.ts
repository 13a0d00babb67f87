import { describe, expect, it } from 'vitest';
import { segmentText } from './text-segments';

describe('segmentText', () => {
  it('cuts at every boundary and keeps overlapping marks', () => {
    const text = '行政处罚 | 2859 | +543 | 3402 |';
    const at = (s: string) => [text.indexOf(s), text.indexOf(s) + s.length] as [number, number];
    const segments = segmentText(text.length, [
      { id: 0, span: at('3402') },
      { id: 1, span: [at('2859')[0], at('3402')[1]] },
    ]);
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual(['行政处罚 | ', '2859 | +543 | ', '3402', ' |']);
    expect(segments.map((s) => s.marks)).toEqual([[], [1], [0, 1], []]);
  });

  it('covers the text without gaps, clamps spans and drops empty ones', () => {
    const segments = segmentText(10, [
      { id: 3, span: [8, 40] },
      { id: 4, span: [5, 5] },
      { id: 5, span: [-2, 2] },
    ]);
    expect(segments).toEqual([
      { start: 0, end: 2, marks: [5] },
      { start: 2, end: 8, marks: [] },
      { start: 8, end: 10, marks: [3] },
    ]);
    expect(segmentText(0, [])).toEqual([]);
  });
});

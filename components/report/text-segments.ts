// The report text cut at every span boundary, each piece knowing which marks (figures, issues)
// cover it. The viewer renders the pieces once; selection only restyles them.

import type { Span } from '@/lib/domain';

export interface TextMark {
  /** Index the viewer uses to find the mark's figure or issue. */
  id: number;
  span: Span;
}

export interface Segment {
  start: number;
  end: number;
  /** Ids of the marks covering the whole segment, in input order. */
  marks: number[];
}

/** Segments covering [0, length) without gaps; spans are clamped to the text, empty ones dropped. */
export function segmentText(length: number, marks: readonly TextMark[]): Segment[] {
  const starts = new Map<number, number[]>();
  const ends = new Map<number, number[]>();
  const cuts = new Set<number>([0, length]);
  for (const m of marks) {
    const start = Math.max(0, Math.min(length, m.span[0]));
    const end = Math.max(0, Math.min(length, m.span[1]));
    if (end <= start) continue;
    (starts.get(start) ?? starts.set(start, []).get(start)!).push(m.id);
    (ends.get(end) ?? ends.set(end, []).get(end)!).push(m.id);
    cuts.add(start).add(end);
  }
  const order = new Map(marks.map((m, i) => [m.id, i]));
  const points = [...cuts].sort((a, b) => a - b);
  const active = new Set<number>();
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const at = points[i]!;
    for (const id of ends.get(at) ?? []) active.delete(id);
    for (const id of starts.get(at) ?? []) active.add(id);
    const ids = [...active].sort((a, b) => order.get(a)! - order.get(b)!);
    segments.push({ start: at, end: points[i + 1]!, marks: ids });
  }
  return segments;
}

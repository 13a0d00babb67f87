// The marks the viewer lays over the report text: one per figure with a span, one per issue with a
// span. Figures come first, so a mark id below figures.length is a figure's index.

import type { FigureView, IssueView } from '@/lib/domain';
import type { Segment, TextMark } from './text-segments';

export function buildMarks(figures: readonly FigureView[], issues: readonly IssueView[]): TextMark[] {
  const marks: TextMark[] = [];
  figures.forEach((f, i) => f.span && marks.push({ id: i, span: f.span }));
  issues.forEach((issue, i) => issue.span && marks.push({ id: figures.length + i, span: issue.span }));
  return marks;
}

/** How a segment is drawn: read from (a figure's own cell or sentence), flagged by an issue, or plain. */
export function segmentKind(segment: Segment, figures: readonly FigureView[]): 'figure' | 'issue' | 'plain' {
  let issue = false;
  for (const id of segment.marks) {
    const f = figures[id];
    if (f && f.provenance !== 'inferred') return 'figure';
    if (!f) issue = true;
  }
  return issue ? 'issue' : 'plain';
}

/**
 * The figure a click on the segment means: the read (not inferred) figure with the smallest span,
 * else the inferred one with the smallest span; null when only issues cover it.
 */
export function figureAt(segment: Segment, figures: readonly FigureView[]): number | null {
  let best: number | null = null;
  let bestScore = Infinity;
  for (const id of segment.marks) {
    const f = figures[id];
    if (!f?.span) continue;
    const score = (f.provenance === 'inferred' ? 1e9 : 0) + (f.span[1] - f.span[0]);
    if (score < bestScore) [best, bestScore] = [id, score];
  }
  return best;
}

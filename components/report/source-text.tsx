// The report text, rendered once as React text nodes (so HTML or <script> in a report shows as
// text and never runs), cut into segments at span boundaries. Selection never re-renders it: the
// viewer sets data-selected on the chosen segments directly.
'use client';

import { memo } from 'react';
import type { Segment } from './text-segments';
import styles from './source-text.module.css';

/** How a marked passage is drawn, its kind's short class (./source-text.module.css). */
export type SegmentKind = 'figure' | 'issue' | 'plain';

export interface SourceTextProps {
  text: string;
  segments: readonly Segment[];
  kinds: readonly SegmentKind[];
  onPick: (segmentIndex: number) => void;
}

export const SourceText = memo(function SourceText({ text, segments, kinds, onPick }: SourceTextProps) {
  return (
    <pre
      className="whitespace-pre-wrap break-words font-sans text-[0.9rem] leading-7 text-ink"
      onClick={(e) => {
        const el = (e.target as HTMLElement).closest<HTMLElement>('[data-seg]');
        if (el) onPick(Number(el.dataset.seg));
      }}
    >
      {segments.map((s, i) =>
        s.marks.length === 0 ? (
          text.slice(s.start, s.end)
        ) : (
          <span key={i} data-seg={i} className={styles[kinds[i]!]}>
            {text.slice(s.start, s.end)}
          </span>
        ),
      )}
    </pre>
  );
});

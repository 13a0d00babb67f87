// The report text is rendered as text: markup in a report (a scraped page, a hostile upload) shows
// as characters and never becomes elements.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SourceText } from './source-text';
import { segmentText } from './text-segments';

describe('SourceText', () => {
  it('escapes HTML and script in the report, inside and outside highlighted spans', () => {
    const text = '前言<script>alert(1)</script> 行政处罚 | <b>3402</b> | <img src=x onerror=alert(2)>';
    const start = text.indexOf('<b>');
    const segments = segmentText(text.length, [{ id: 0, span: [start, start + '<b>3402</b>'.length] }]);
    const html = renderToStaticMarkup(
      createElement(SourceText, {
        text,
        segments,
        kinds: segments.map((s) => (s.marks.length ? 'figure' : 'plain')),
        onPick: () => undefined,
      }),
    );
    expect(html).not.toMatch(/<script|<b>|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toMatch(/<span data-seg="1" [^>]*>&lt;b&gt;3402&lt;\/b&gt;<\/span>/);
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });
});

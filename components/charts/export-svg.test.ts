import { describe, expect, it } from 'vitest';
import { composeExportSvg, escapeXml, layoutLegend, textWidth, wrapText } from './export-svg';
import { CHART_FONT, chartFont } from './palette';

describe('layoutLegend', () => {
  it('measures CJK characters as one em and others as 0.6 em', () => {
    expect(textWidth('阜阳市')).toBe(36);
    expect(textWidth('ab', 10)).toBe(12);
  });

  it('flows entries into rows no wider than the width', () => {
    // Each entry: swatch 10 + gap 6 + 3 CJK characters (36) = 52, then 18 before the next.
    const items = ['阜阳市', '宁波市', '弋阳县'].map((label) => ({ label, color: '#000' }));
    expect(layoutLegend(items, 1000)).toEqual({
      placed: [
        { label: '阜阳市', color: '#000', x: 0, row: 0 },
        { label: '宁波市', color: '#000', x: 70, row: 0 },
        { label: '弋阳县', color: '#000', x: 140, row: 0 },
      ],
      rows: 1,
    });
    const narrow = layoutLegend(items, 130);
    expect(narrow.placed.map((p) => [p.x, p.row])).toEqual([
      [0, 0],
      [70, 0],
      [0, 1],
    ]);
    expect(narrow.rows).toBe(2);
  });

  it('gives an entry wider than the row a row of its own, and no rows to no entries', () => {
    const long = { label: '乌兰察布市人民政府办公室', color: '#111' };
    expect(layoutLegend([long, long], 50).placed.map((p) => p.row)).toEqual([0, 1]);
    expect(layoutLegend([], 500)).toEqual({ placed: [], rows: 0 });
  });
});

describe('composeExportSvg', () => {
  const parts = {
    chart: '<svg class="recharts-surface"><rect data-mark="1"/></svg>',
    chartWidth: 960,
    chartHeight: 300,
    title: 'A < B & "C"',
    subtitle: '单位:件',
    legend: [],
    footer: ['政府信息公开年报数据'],
    font: chartFont('en'),
  };

  it('puts the title, subtitle and source around the chart, escaped, at the chart width', () => {
    const { svg, width, height } = composeExportSvg(parts);
    expect(width).toBe(960);
    // head 64 + chart 300 + foot 32
    expect(height).toBe(396);
    expect(svg).toContain(
      '<text x="16" y="28" font-size="17" font-weight="600" fill="#1a1d21" data-title="">A &lt; B &amp; &quot;C&quot;</text>',
    );
    expect(svg).toContain('<g transform="translate(0 64)"><svg class="recharts-surface"><rect data-mark="1"/></svg></g>');
    expect(svg).toContain('<text x="16" y="384" font-size="11" fill="#6b7178" data-footer="">政府信息公开年报数据</text>');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="960" height="396" viewBox="0 0 960 396"')).toBe(true);
    // The page's faces: a Latin face first for English (its quotes and apostrophes), then the CJK ones.
    expect(svg).toContain(`font-family="'Inter', 'Helvetica Neue'`);
    expect(chartFont('zh')).toBe(CHART_FONT);
  });

  it('draws the legend as text between the heading and the chart, which moves down', () => {
    const { svg, height } = composeExportSvg({ ...parts, legend: [{ label: '予以公开', color: '#0072B2' }] });
    // one legend row: 20 + 8
    expect(height).toBe(424);
    expect(svg).toContain('<rect x="16" y="66" width="10" height="10" fill="#0072B2"/>');
    expect(svg).toContain('data-legend="">予以公开</text>');
    expect(svg).toContain('<g transform="translate(0 92)">');
  });

  it('writes each footer line under the chart, the picture growing by a line each', () => {
    const { svg, height } = composeExportSvg({ ...parts, footer: ['source', 'https://d.example/compare?y=2020', '2026-12-07'] });
    expect(height).toBe(396 + 2 * 16);
    expect(svg).toContain('y="384" font-size="11" fill="#6b7178" data-footer="">source</text>');
    expect(svg).toContain('y="400" font-size="11" fill="#6b7178" data-footer="">https://d.example/compare?y=2020</text>');
    expect(svg).toContain('y="416" font-size="11" fill="#6b7178" data-footer="">2026-12-07</text>');
  });

  it('wraps a footer line wider than the picture', () => {
    const long = 'A single office’s report is not the whole jurisdiction. '.repeat(6);
    const { svg, height } = composeExportSvg({ ...parts, footer: [long] });
    const lines = [...svg.matchAll(/data-footer="">([^<]*)</g)].map((x) => x[1]!);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(long.trim());
    expect(height).toBe(364 + 16 + 16 * lines.length);
    expect(wrapText('阜阳市'.repeat(100), 100).every((l) => textWidth(l, 11) <= 100)).toBe(true);
  });

  it('escapes every XML special character', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe(`&lt;a href=&quot;x&quot;&gt;&amp;'`);
  });
});

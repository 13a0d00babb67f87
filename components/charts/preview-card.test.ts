// The link-preview card drawn as next/og draws it (satori + resvg, the real fonts), for views far
// larger than the bundled reports hold: 60 places with long names, a 60-place trend, a long title
// and long warnings. Nothing may be drawn in the card's margins: text that ran past its room would.
import { createElement as h } from 'react';
import { ImageResponse } from 'next/og';
import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { BarDatum, LineChartData } from '@/lib/compare/chart-data';
import { BarPreview } from './chart-previews';
import { LinePreview } from './line-preview';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, PreviewCard } from './preview-card';
import { previewFonts } from './preview-fonts';

vi.mock('server-only', () => ({}));

const LONG = '锡林郭勒盟阿巴嘎旗人民政府办公室 Abag Banner, Xilingol League';
const places = Array.from({ length: 60 }, (_, i) => `${LONG} ${i + 1}`);
const warnings = [
  `2024 年无报告: ${places.join('、')}`,
  '图中既有全辖区汇总报告,也有单一机关(如政府办公室)的报告。机关报告只含该机关收到的申请,与全辖区数字不可直接比较。',
  'A third notice that is left to the page.',
];
const title = `本年新收政府信息公开申请数量 · ${places.slice(0, 6).join('、')} · 2015–2024 年`;

/** The card as a PNG's pixels. */
async function draw(body: (room: number) => ReturnType<typeof h>) {
  const card = h(PreviewCard, { site: '政府信息公开年报数据', title, subtitle: `定义: ${LONG.repeat(3)}`, warnings, lang: 'zh', body });
  const png = Buffer.from(
    await new ImageResponse(card, { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: await previewFonts() }).arrayBuffer(),
  );
  if (process.env.PREVIEW_OUT) await sharp(png).toFile(`${process.env.PREVIEW_OUT}-${Date.now()}.png`);
  return sharp(png).raw().toBuffer({ resolveWithObject: true });
}

/** Pixels in the outer band (40 px at the sides, 24 above and below) that differ from the card's background. */
function inked({ data, info }: Awaited<ReturnType<typeof draw>>): number {
  let count = 0;
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++) {
      if (x >= 40 && x < info.width - 40 && y >= 24 && y < info.height - 24) continue;
      const i = (y * info.width + x) * info.channels;
      if (Math.abs(data[i]! - 0xf7) + Math.abs(data[i + 1]! - 0xf7) + Math.abs(data[i + 2]! - 0xf5) > 24) count++;
    }
  return count;
}

describe('link preview card', () => {
  it('keeps 60 long-named bars, a long title and long warnings inside the image', async () => {
    const rows: BarDatum[] = places.map((label, i) => ({
      id: String(i),
      label,
      value: 6000 - i * 90,
      highlighted: i < 3,
      agency: false,
      marks: i % 7 === 0 ? '‡' : '',
    }));
    const image = await draw((room) => h(BarPreview, { rows, unit: 'count', lang: 'zh', room }));
    expect([image.info.width, image.info.height]).toStrictEqual([1200, 630]);
    expect(inked(image)).toBe(0);
  });

  it('keeps a 60-place trend inside the image, and draws its years with the chosen one marked', async () => {
    const years = Array.from({ length: 10 }, (_, i) => 2015 + i);
    const data: LineChartData = {
      years,
      marked: { year: 2020, label: '所选年份 2020' },
      series: places.map((label, i) => ({
        id: String(i),
        label,
        highlighted: i === 0,
        points: years.map((year, k) => ({ year, value: k === 3 ? null : 100 + i * 10 + k })),
      })),
    };
    expect(inked(await draw((room) => h(LinePreview, { data, unit: 'count', lang: 'zh', room })))).toBe(0);

    const markup = renderToStaticMarkup(h(LinePreview, { data, unit: 'count', lang: 'zh', room: 300 }));
    // Every year that fits is written under the plot; the chosen one among them.
    for (const year of [2015, 2017, 2020, 2024]) expect(markup).toContain(`data-year="${year}"`);
    // The missing year breaks each line in two: two polylines per drawn place.
    const drawn = (markup.match(/<polyline/g) ?? []).length;
    expect(drawn % 2).toBe(0);
    expect(drawn / 2).toBeGreaterThanOrEqual(5);
    expect(markup).toContain('另有');
    expect(markup).toContain('…');
  });
});

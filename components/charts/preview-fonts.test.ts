// The link preview never asks the web for a glyph: next/og fetches any character its fonts lack
// from Google Fonts (emoji from a CDN), and nothing the project runs may leave this machine.
import { createElement as h, type ReactElement } from 'react';
import { ImageResponse } from 'next/og';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, PreviewCard } from './preview-card';
import { MISSING_GLYPH, previewFonts, withDrawableText } from './preview-fonts';

vi.mock('server-only', () => ({}));

afterEach(() => vi.restoreAllMocks());

// A lone surrogate as a URL decodes it (U+FFFD), an emoji, a character outside the fonts'
// ranges (CJK extension B), a NUL, beside a place name the fonts draw.
const HOSTILE = `洪泽区 Hongze \uFFFD😀𠀀\u0000 2024`;

function card(title: string) {
  return h(PreviewCard, {
    site: '政府信息公开年报数据',
    title,
    subtitle: `定义: ${title}`,
    warnings: [`2024 年无报告: ${title}`],
    lang: 'zh',
    body: () =>
      h(
        'div',
        { style: { display: 'flex' } },
        h(() => h('span', null, title)),
      ),
  });
}

async function draw(element: ReactElement): Promise<void> {
  await new ImageResponse(element, { width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, fonts: await previewFonts() }).arrayBuffer();
}

describe('withDrawableText', () => {
  it('replaces what the fonts lack in every text of the card, its function components included, and keeps the rest', async () => {
    const drawn = await withDrawableText(card(HOSTILE));
    const texts: string[] = [];
    const collect = (node: unknown): void => {
      if (typeof node === 'string') texts.push(node);
      else if (Array.isArray(node)) node.forEach(collect);
      else if (node && typeof node === 'object' && 'props' in node) collect((node.props as { children?: unknown }).children);
    };
    collect(drawn);
    const title = `洪泽区 Hongze ${MISSING_GLYPH.repeat(4)} 2024`;
    expect(texts).toContain(title);
    expect(texts).toContain(`定义: ${title}`);
    expect(texts.join('')).not.toMatch(/[\uFFFD\u0000]|😀|𠀀/u);
  });

  it('draws a card of hostile text without one request, where the raw card would ask the web', async () => {
    // Satori loads its layout engine from a data: address; every other address is the web.
    const fetchOriginal = globalThis.fetch;
    const address = (input: unknown) => (input instanceof Request ? input.url : String(input));
    const fetchSpy = vi
      .spyOn(globalThis, 'fetch')
      .mockImplementation((input, init) =>
        address(input).startsWith('data:')
          ? fetchOriginal(input, init)
          : Promise.reject(new Error(`no network in tests: ${address(input)}`)),
      );
    const webRequests = () => fetchSpy.mock.calls.map(([input]) => address(input)).filter((url) => !url.startsWith('data:'));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await draw(await withDrawableText(card(HOSTILE)));
    expect(webRequests()).toEqual([]);
    // The control: the same card as given asks the web for the missing glyphs (and, with no
    // network, fails outright on the emoji).
    await draw(card(HOSTILE)).catch(() => undefined);
    expect(webRequests().length).toBeGreaterThan(0);
  });
});

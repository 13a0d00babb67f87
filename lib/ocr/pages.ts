// A scan's pages as grey images: each page of a PDF rendered by pdf.js onto a @napi-rs/canvas, or
// the pages of an image file (PNG, JPEG, TIFF…).

import { pdfjs } from '../extract/pdf';
import { pdfAssets } from '../extract/pdf-assets';
import { crop, decodeImage, toGray, type Gray } from './image';

/** Rendering resolution of PDF pages: the working resolution (image.ts's WORKING_WIDTH for A4). */
export const PDF_DPI = 300;

export interface PageSource {
  count: number;
  /** 1-based. */
  render(page: number): Promise<Gray>;
  close(): Promise<void>;
}

export async function pdfPages(bytes: Uint8Array, maxPixels: number, dpi = PDF_DPI): Promise<PageSource> {
  const { getDocument, GlobalWorkerOptions, VerbosityLevel } = await pdfjs();
  const assets = pdfAssets();
  GlobalWorkerOptions.workerSrc = assets.workerSrc;
  const doc = await getDocument({
    data: bytes.slice(),
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    useWorkerFetch: false,
    isEvalSupported: false,
    verbosity: VerbosityLevel.ERRORS,
  }).promise;
  const { createCanvas } = await import('@napi-rs/canvas');
  return {
    count: doc.numPages,
    async render(pageNo) {
      const page = await doc.getPage(pageNo);
      let viewport = page.getViewport({ scale: dpi / 72 });
      if (viewport.width * viewport.height > maxPixels)
        viewport = page.getViewport({ scale: (dpi / 72) * Math.sqrt(maxPixels / (viewport.width * viewport.height)) });
      const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      // pdf.js draws on any canvas with the 2D API; @napi-rs/canvas's types differ from the DOM's.
      await page.render({
        canvas: canvas as unknown as HTMLCanvasElement,
        canvasContext: ctx as unknown as CanvasRenderingContext2D,
        viewport,
      }).promise;
      const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
      page.cleanup();
      return toGray(data, canvas.width, canvas.height, 4);
    },
    close: () => doc.destroy(),
  };
}

/** A page's height : width (A4). Taller images (a long scan on a web page) are cut into pages. */
const PAGE_RATIO = Math.SQRT2;

/** Cuts a tall image into page-high pieces, each cut at the blankest row near where a page would end. */
export function splitTall(img: Gray): Gray[] {
  if (img.height <= img.width * PAGE_RATIO * 1.15) return [img];
  const pages: Gray[] = [];
  let top = 0;
  while (img.height - top > img.width * PAGE_RATIO * 1.15) {
    const target = top + Math.round(img.width * PAGE_RATIO);
    const reach = Math.round(img.width * 0.15);
    let best = target;
    let bestInk = Infinity;
    for (let y = target - reach; y <= target + reach; y++) {
      let ink = 0;
      for (let x = 0; x < img.width; x++) ink += 255 - img.data[y * img.width + x]!;
      if (ink < bestInk) {
        bestInk = ink;
        best = y;
      }
    }
    pages.push(crop(img, 0, top, img.width, best - top));
    top = best;
  }
  pages.push(crop(img, 0, top, img.width, img.height - top));
  return pages;
}

export async function imagePages(bytes: Uint8Array, maxPixels: number): Promise<PageSource> {
  const pages = (await decodeImage(bytes, maxPixels)).flatMap(splitTall);
  return { count: pages.length, render: async (n) => pages[n - 1]!, close: async () => undefined };
}

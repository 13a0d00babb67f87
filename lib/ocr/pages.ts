// A scan's pages as grey images: each page of a PDF rendered by pdf.js onto a @napi-rs/canvas (or,
// decoder 'native', a page that is one embedded JPEG decoded as it is, by sharp), or the pages of an
// image file (PNG, JPEG, TIFF…).

import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRawStream, PDFRef, type PDFPage } from 'pdf-lib';
import sharp from 'sharp';
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

/**
 * How a PDF page becomes pixels. 'pdfjs': rendered at `dpi` (what the page shows, whatever it holds).
 * 'native': a page that is one JPEG (DCTDecode) filling the page, as a scanner's PDF is, decoded by
 * sharp at its own pixels (libjpeg-turbo: faster than pdf.js's decoding and resampling); any other
 * page is rendered by pdf.js.
 */
export type PdfDecoder = 'pdfjs' | 'native';

export async function pdfPages(bytes: Uint8Array, maxPixels: number, dpi = PDF_DPI, decoder: PdfDecoder = 'pdfjs'): Promise<PageSource> {
  const jpegs = decoder === 'native' ? await pageJpegs(bytes) : null;
  // pdf.js only when a page needs it (with 'native', a scanner's PDF never does).
  let rendered: Promise<PageSource> | undefined;
  const rendering = () => (rendered ??= pdfjsPages(bytes, maxPixels, dpi));
  return {
    count: jpegs ? jpegs.length : (await rendering()).count,
    async render(pageNo) {
      const jpeg = jpegs?.[pageNo - 1];
      const decoded = jpeg ? await decodePageJpeg(jpeg, maxPixels) : null;
      return decoded ?? (await rendering()).render(pageNo);
    },
    close: async () => {
      if (rendered) await (await rendered).close();
    },
  };
}

async function pdfjsPages(bytes: Uint8Array, maxPixels: number, dpi: number): Promise<PageSource> {
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

/** A JPEG page's data, its size as the PDF says it. */
interface PageJpeg {
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** Each page's JPEG when the page is one JPEG filling it (null for any other page). */
async function pageJpegs(bytes: Uint8Array): Promise<(PageJpeg | null)[] | null> {
  // A PDF pdf-lib cannot read (encrypted, damaged…) is left to pdf.js whole.
  const doc = await PDFDocument.load(bytes, { updateMetadata: false }).catch(() => null);
  return (
    doc?.getPages().map((page) => {
      try {
        return pageJpeg(doc, page);
      } catch {
        return null; // anything unexpected in the page's objects: pdf.js renders it
      }
    }) ?? null
  );
}

/** Where a page places images: each `Do`'s name with its matrix, or null when the content does more (text, paths, inline images…). */
function placements(content: string): { name: string; matrix: number[] }[] | null {
  const tokens = content.split(/[\s]+/).filter(Boolean);
  const stack: number[][] = [];
  let ctm = [1, 0, 0, 1, 0, 0];
  const operands: string[] = [];
  const out: { name: string; matrix: number[] }[] = [];
  for (const t of tokens) {
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) || /^\/[^\s/<>[\]()%{}]+$/.test(t)) {
      operands.push(t);
      continue;
    }
    if (t === 'q' && !operands.length) stack.push(ctm);
    else if (t === 'Q' && !operands.length && stack.length) ctm = stack.pop()!;
    else if (t === 'cm' && operands.length === 6 && operands.every((o) => !o.startsWith('/'))) {
      const [a, b, c, d, e, f] = operands.map(Number) as [number, number, number, number, number, number];
      const [A, B, C, D, E, F] = ctm as [number, number, number, number, number, number];
      ctm = [a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F];
    } else if (t === 'Do' && operands.length === 1 && operands[0]!.startsWith('/')) out.push({ name: operands[0]!.slice(1), matrix: ctm });
    else return null;
    operands.length = 0;
  }
  return operands.length ? null : out;
}

const COLOUR_SPACES = new Set(['/DeviceRGB', '/DeviceGray']);

/** The page's JPEG when its content is that one image, upright, filling the page's visible box; else null. */
function pageJpeg(doc: PDFDocument, page: PDFPage): PageJpeg | null {
  if (page.getRotation().angle % 360 !== 0) return null;
  const box = page.getCropBox();
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  if (!streams.every((s) => s instanceof PDFRawStream)) return null;
  const content = (streams as PDFRawStream[]).map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1')).join('\n');
  const placed = placements(content);
  if (placed?.length !== 1) return null;
  const [{ name, matrix }] = placed as [{ name: string; matrix: number[] }];
  const [a, b, c, d, e, f] = matrix as [number, number, number, number, number, number];
  const near = (x: number, y: number) => Math.abs(x - y) <= 0.5;
  if (!(near(a, box.width) && near(b, 0) && near(c, 0) && near(d, box.height) && near(e, box.x) && near(f, box.y))) return null;
  const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
  const ref = xobjects?.get(PDFName.of(name));
  const image = ref instanceof PDFRef ? doc.context.lookup(ref) : ref;
  if (!(image instanceof PDFRawStream)) return null;
  const dict = image.dict;
  const filter = dict.lookup(PDFName.of('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray().map((x) => x.toString()) : [filter?.toString()];
  const space = dict.lookup(PDFName.of('ColorSpace'))?.toString();
  if (
    dict.lookup(PDFName.of('Subtype'))?.toString() !== '/Image' ||
    filters.length !== 1 ||
    filters[0] !== '/DCTDecode' ||
    !space ||
    !COLOUR_SPACES.has(space) ||
    // A mask, a decode array or a DCT colour transform override change what the page shows.
    ['SMask', 'Mask', 'Decode', 'DecodeParms', 'ImageMask'].some((k) => dict.has(PDFName.of(k)))
  )
    return null;
  const width = dict.lookup(PDFName.of('Width'));
  const height = dict.lookup(PDFName.of('Height'));
  if (!(width instanceof PDFNumber && height instanceof PDFNumber)) return null;
  return { bytes: image.contents, width: width.asNumber(), height: height.asNumber() };
}

/** A page's JPEG to grey at its own pixels (no EXIF turn: a PDF ignores it); null when it is not the size the PDF says or too large. */
async function decodePageJpeg(jpeg: PageJpeg, maxPixels: number): Promise<Gray | null> {
  if (jpeg.width * jpeg.height > maxPixels) return null; // pdf.js renders it smaller
  try {
    const { data, info } = await sharp(jpeg.bytes, { limitInputPixels: maxPixels })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.width !== jpeg.width || info.height !== jpeg.height) return null;
    if (info.channels === 1)
      return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
    return toGray(data, info.width, info.height, info.channels);
  } catch {
    return null;
  }
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

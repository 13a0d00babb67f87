// Greyscale page images: decoding (sharp), the grey level that drops red seals, resizing and
// rotation. A page is one byte per pixel, 0 black … 255 white.

import sharp from 'sharp';

export interface Gray {
  width: number;
  height: number;
  data: Uint8Array;
}

/**
 * RGBA (or RGB) pixels to grey by each pixel's brightest channel: black print stays dark, while a
 * red official seal (公章: red high, green and blue low) becomes light and leaves the digits under it.
 */
export function toGray(pixels: Uint8Array | Uint8ClampedArray, width: number, height: number, channels: number): Gray {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += channels) {
    const r = pixels[p]!;
    const g = pixels[p + 1]!;
    const b = pixels[p + 2]!;
    data[i] = r > g ? (r > b ? r : b) : g > b ? g : b;
  }
  return { width, height, data };
}

/** An image file (PNG, JPEG, TIFF, WebP…) to grey pages: a multi-page TIFF gives one per page (its first `maxFrames`). */
export async function decodeImage(bytes: Uint8Array, maxPixels: number, maxFrames = Infinity): Promise<Gray[]> {
  const meta = await sharp(bytes, { limitInputPixels: maxPixels }).metadata();
  const pages: Gray[] = [];
  for (let page = 0; page < Math.min(meta.pages ?? 1, maxFrames); page++) {
    const { data, info } = await sharp(bytes, { page, limitInputPixels: maxPixels })
      .rotate() // EXIF orientation
      .flatten({ background: '#ffffff' })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    pages.push(toGray(data, info.width, info.height, info.channels));
  }
  return pages;
}

/** Resized with sharp's Lanczos filter. */
export async function resize(img: Gray, width: number, height: number): Promise<Gray> {
  const data = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } })
    .resize(width, height, { fit: 'fill' })
    .toColourspace('b-w')
    .raw()
    .toBuffer();
  return { width, height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/** Rotated by `degrees` (clockwise) about its centre onto a white canvas of the same size. */
export async function rotate(img: Gray, degrees: number): Promise<Gray> {
  const { data, info } = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } })
    .rotate(degrees, { background: '#ffffff' })
    .toColourspace('b-w')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grown = { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
  return crop(grown, Math.floor((grown.width - img.width) / 2), Math.floor((grown.height - img.height) / 2), img.width, img.height);
}

/** A rectangle of the image (clipped to it). */
export function crop(img: Gray, left: number, top: number, width: number, height: number): Gray {
  const x0 = Math.max(0, Math.floor(left));
  const y0 = Math.max(0, Math.floor(top));
  const w = Math.max(1, Math.min(img.width - x0, Math.ceil(width)));
  const h = Math.max(1, Math.min(img.height - y0, Math.ceil(height)));
  const data = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) data.set(img.data.subarray((y0 + y) * img.width + x0, (y0 + y) * img.width + x0 + w), y * w);
  return { width: w, height: h, data };
}

/** How many pixels are at each grey level (an indexed loop: a page has millions). */
function histogram(data: Uint8Array): Uint32Array {
  const hist = new Uint32Array(256);
  for (let i = 0; i < data.length; i++) hist[data[i]!]!++;
  return hist;
}

/** Otsu's threshold: the grey level that best separates ink from paper. */
export function otsu(img: Gray): number {
  const hist = histogram(img.data);
  const total = img.data.length;
  let sum = 0;
  for (let i = 0; i < 256; i++) sum += i * hist[i]!;
  let sumB = 0;
  let wB = 0;
  let best = 0;
  let threshold = 128;
  for (let t = 0; t < 256; t++) {
    wB += hist[t]!;
    if (wB === 0) continue;
    const wF = total - wB;
    if (wF === 0) break;
    sumB += t * hist[t]!;
    const mB = sumB / wB;
    const mF = (sum - sumB) / wF;
    const between = wB * wF * (mB - mF) ** 2;
    if (between > best) {
      best = between;
      threshold = t;
    }
  }
  return threshold;
}

/** JPEG bytes of the page (for the report viewer), at most `maxWidth` wide. */
export async function toJpeg(img: Gray, maxWidth: number, quality = 70): Promise<{ bytes: Buffer; width: number; height: number }> {
  const scale = Math.min(1, maxWidth / img.width);
  const width = Math.round(img.width * scale);
  const height = Math.round(img.height * scale);
  const bytes = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } })
    .resize(width, height)
    .jpeg({ quality })
    .toBuffer();
  return { bytes, width, height };
}

/** Pages are read at about this width (an A4 page at 300 dpi): smaller scans are enlarged first. */
export const WORKING_WIDTH = 2480;

/**
 * A scan made ready for reading: enlarged to the working width (the recogniser reads larger
 * characters more surely), a 3×3 median against scanner noise and JPEG speckle, and the levels
 * set so the paper is white and the ink black.
 */
export async function prepare(img: Gray): Promise<Gray> {
  const scale = WORKING_WIDTH / img.width;
  const enlarged = scale > 1.15 ? await resize(img, WORKING_WIDTH, Math.round(img.height * scale)) : img;
  return levels(median3(enlarged));
}

/**
 * The 3×3 median, edges replicated: pixel for pixel what libvips's median(3) gives (compared on the
 * scan set's pages), in less than half its CPU. Each column's three pixels sorted once; the median
 * of nine is the median of the columns' largest low, middle median and smallest high.
 */
export function median3(img: Gray): Gray {
  const { width: w, height: h, data } = img;
  const out = new Uint8Array(w * h);
  // Scalars, not arrays: this runs for every pixel of the page.
  for (let y = 0; y < h; y++) {
    const above = (y > 0 ? y - 1 : 0) * w;
    const row = y * w;
    const below = (y < h - 1 ? y + 1 : h - 1) * w;
    // The columns left of x and at x, each sorted: low, middle, high (x = -1 sorts the first column).
    let l0 = 0;
    let l1 = 0;
    let l2 = 0;
    let m0 = 0;
    let m1 = 0;
    let m2 = 0;
    let t = 0;
    for (let x = -1; x < w; x++) {
      const nx = x + 1 < w ? x + 1 : w - 1;
      let a = data[above + nx]!;
      let b = data[row + nx]!;
      let c = data[below + nx]!;
      if (a > b) {
        t = a;
        a = b;
        b = t;
      }
      if (b > c) {
        t = b;
        b = c;
        c = t;
      }
      if (a > b) {
        t = a;
        a = b;
        b = t;
      }
      if (x < 0) {
        l0 = m0 = a;
        l1 = m1 = b;
        l2 = m2 = c;
        continue;
      }
      const lo = l0 > m0 ? (l0 > a ? l0 : a) : m0 > a ? m0 : a;
      const hi = l2 < m2 ? (l2 < c ? l2 : c) : m2 < c ? m2 : c;
      let p = l1;
      let q = m1;
      if (p > q) {
        t = p;
        p = q;
        q = t;
      }
      // The middle of l1, m1, b.
      const md = q < b ? q : p > b ? p : b;
      const mn = lo < md ? lo : md;
      const mx = lo < md ? md : lo;
      out[row + x] = mx < hi ? mx : hi > mn ? hi : mn;
      l0 = m0;
      l1 = m1;
      l2 = m2;
      m0 = a;
      m1 = b;
      m2 = c;
    }
  }
  return { width: w, height: h, data: out };
}

/**
 * Paper to white, ink to black: most of a page is paper, so the level most pixels are at or below
 * (the 60th percentile) becomes white and the darkest half percent black, linearly between. Grey
 * paper and its noise go white; the strokes keep their anti-aliased edges.
 */
export function levels(img: Gray): Gray {
  const hist = histogram(img.data);
  const at = (fraction: number) => {
    let n = 0;
    for (let v = 0; v < 256; v++) if ((n += hist[v]!) >= fraction * img.data.length) return v;
    return 255;
  };
  const ink = at(0.005);
  const paper = Math.max(ink + 32, at(0.6));
  const map = new Uint8Array(256);
  for (let v = 0; v < 256; v++) map[v] = Math.max(0, Math.min(255, Math.round(((v - ink) * 255) / (paper - ink))));
  const data = new Uint8Array(img.data.length);
  for (let i = 0; i < data.length; i++) data[i] = map[img.data[i]!]!;
  return { width: img.width, height: img.height, data };
}

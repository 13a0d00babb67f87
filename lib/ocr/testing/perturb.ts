// The perturbation family of the OCR eval (eval:ocr --perturb): each scan recognised again under
// other renderings of the same pixels — decoded another way, resampled, lighter or darker, JPEG'd
// again, moved by a fraction of a pixel and turned a little. The guard's "0 wrong" must hold on every
// one, not only on the set's exact pixels. Deterministic: the same pages every run. Test data only.

import sharp from 'sharp';
import { resize, type Gray } from '../image';
import type { PdfDecoder } from '../pages';
import type { OcrDocument } from '../types';

export interface Perturbation {
  name: string;
  /** What it does, for the eval's header. */
  what: string;
  /** How a PDF's pages become pixels (image files are decoded by sharp whatever this says). */
  decoder: PdfDecoder;
  /** The page changed before recognition. */
  page?: (img: Gray) => Promise<Gray>;
}

/** Resampled by `factor` (sharp's Lanczos): characters a little smaller or larger, every edge at another phase. */
async function scaled(img: Gray, factor: number): Promise<Gray> {
  return resize(img, Math.round(img.width * factor), Math.round(img.height * factor));
}

/** Each grey level v to 255 (v / 255)^gamma: gamma < 1 lighter strokes and paper, > 1 darker. */
export function gamma(img: Gray, g: number): Gray {
  const map = new Uint8Array(256);
  for (let v = 0; v < 256; v++) map[v] = Math.round(255 * (v / 255) ** g);
  const data = new Uint8Array(img.data.length);
  for (let i = 0; i < data.length; i++) data[i] = map[img.data[i]!]!;
  return { width: img.width, height: img.height, data };
}

/** Encoded as JPEG at `quality` and decoded again (a second generation of compression artefacts). */
async function jpegAgain(img: Gray, quality: number): Promise<Gray> {
  const jpeg = await sharp(img.data, { raw: { width: img.width, height: img.height, channels: 1 } })
    .jpeg({ quality })
    .toBuffer();
  const { data, info } = await sharp(jpeg).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/**
 * Moved by (dx, dy) pixels and turned by `degrees` about the centre, bilinearly, onto white paper of
 * the same size: every stroke at a sub-pixel phase the scan never had.
 */
export function shifted(img: Gray, dx: number, dy: number, degrees: number): Gray {
  const { width: w, height: h, data: src } = img;
  const out = new Uint8Array(w * h);
  const cos = Math.cos((degrees * Math.PI) / 180);
  const sin = Math.sin((degrees * Math.PI) / 180);
  const cx = w / 2;
  const cy = h / 2;
  const at = (x: number, y: number) => (x < 0 || y < 0 || x >= w || y >= h ? 255 : src[y * w + x]!);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      // The source point this output pixel shows: the inverse turn of (x, y) less the move.
      const ox = x - cx - dx;
      const oy = y - cy - dy;
      const sx = cos * ox + sin * oy + cx;
      const sy = -sin * ox + cos * oy + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
      out[y * w + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width: w, height: h, data: out };
}

export const PERTURBATIONS: readonly Perturbation[] = [
  { name: 'native', what: "a PDF page's JPEG decoded by sharp at its own pixels, not rendered by pdf.js", decoder: 'native' },
  { name: 'scale-0.93', what: 'resampled to 0.93 of its size', decoder: 'pdfjs', page: (img) => scaled(img, 0.93) },
  { name: 'scale-1.07', what: 'resampled to 1.07 of its size', decoder: 'pdfjs', page: (img) => scaled(img, 1.07) },
  { name: 'gamma-0.8', what: 'lighter: grey levels to the power 0.8', decoder: 'pdfjs', page: async (img) => gamma(img, 0.8) },
  { name: 'gamma-1.25', what: 'darker: grey levels to the power 1.25', decoder: 'pdfjs', page: async (img) => gamma(img, 1.25) },
  { name: 'jpeg-40', what: 'JPEG-encoded again at quality 40', decoder: 'pdfjs', page: (img) => jpegAgain(img, 40) },
  {
    name: 'shift',
    what: 'moved 1.5 px right and 0.5 px down, turned 0.3°',
    decoder: 'pdfjs',
    page: async (img) => shifted(img, 1.5, 0.5, 0.3),
  },
];

/**
 * The pages of a recognition that hold table cells (an item between a table's rules): those a
 * perturbation is recognised on when the eval is given the base run (`--base`); the others, text
 * the figures do not come from, keep the base's items (splice).
 */
export function tablePages(doc: OcrDocument): Set<number> {
  return new Set(doc.items.filter((i) => i.cell >= 0).map((i) => i.page));
}

/** The perturbed recognition of the table pages with the base's other pages: pages are recognised one by one, independently. */
export function splice(perturbed: OcrDocument, base: OcrDocument, recognised: Set<number>): OcrDocument {
  return {
    ...perturbed,
    pages: perturbed.pages.map((p, i) => (recognised.has(i + 1) ? p : (base.pages[i] ?? p))),
    items: [...perturbed.items.filter((i) => recognised.has(i.page)), ...base.items.filter((i) => !recognised.has(i.page))].sort(
      (a, b) => a.page - b.page,
    ),
  };
}

/** The perturbations a `--perturb` list names (`all`: every one); throws on a name it does not know. */
export function perturbations(list: string): Perturbation[] {
  if (list === 'all') return [...PERTURBATIONS];
  return list.split(',').map((name) => {
    const p = PERTURBATIONS.find((q) => q.name === name.trim());
    if (!p) throw new Error(`unknown perturbation ${name}: one of ${PERTURBATIONS.map((q) => q.name).join(', ')}, or all`);
    return p;
  });
}

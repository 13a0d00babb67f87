// What a scanner does to a printed page, seeded so a scan set is the same every time: a turn of up
// to ±1.5°, blur, grey paper, noise, a red official seal (公章) over part of a table, JPEG at
// quality 50. Test data only.

import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import sharp from 'sharp';
import type { TypesetPage } from './typeset';

/** mulberry32: a small seeded generator. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Damage {
  maxDegrees: number;
  blurPx: number;
  noise: number;
  paper: number;
  seal: boolean;
  jpegQuality: number;
}

export const SCANNER: Damage = { maxDegrees: 1.5, blurPx: 0.6, noise: 14, paper: 226, seal: true, jpegQuality: 50 };

function drawSeal(ctx: SKRSContext2D, cx: number, cy: number, r: number): void {
  ctx.save();
  ctx.globalAlpha = 0.7;
  ctx.strokeStyle = '#d2141e';
  ctx.fillStyle = '#d2141e';
  ctx.lineWidth = r * 0.07;
  ctx.beginPath();
  ctx.arc(cx, cy, r, 0, Math.PI * 2);
  ctx.stroke();
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 ? r * 0.12 : r * 0.3;
    ctx.lineTo(cx + rr * Math.cos(a), cy + rr * Math.sin(a));
  }
  ctx.fill();
  ctx.font = `${r * 0.22}px NotoSerifCJK-typeset`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const text = '人民政府办公室政务公开专用章';
  [...text].forEach((ch, i) => {
    const a = Math.PI * (-0.95 + (1.9 * i) / (text.length - 1)) - Math.PI / 2;
    ctx.save();
    ctx.translate(cx + r * 0.74 * Math.cos(a), cy + r * 0.74 * Math.sin(a));
    ctx.rotate(a + Math.PI / 2);
    ctx.fillText(ch, 0, 0);
    ctx.restore();
  });
  ctx.restore();
}

/** One page as a scanner returns it: JPEG bytes. */
export async function scanPage(page: TypesetPage, damage: Damage, random: () => number): Promise<Buffer> {
  const { width, height } = page;
  const src = createCanvas(width, height);
  const sctx = src.getContext('2d');
  const img = sctx.createImageData(width, height);
  img.data.set(page.rgba);
  sctx.putImageData(img, 0, 0);
  const table = page.tables[Math.floor(random() * page.tables.length)];
  if (damage.seal && table) drawSeal(sctx, table.x + table.w * (0.45 + random() * 0.4), table.y + table.h * random(), width * 0.1);
  const out = createCanvas(width, height);
  const ctx = out.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate(((random() * 2 - 1) * damage.maxDegrees * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
  if (damage.blurPx > 0) ctx.filter = `blur(${damage.blurPx}px)`;
  ctx.drawImage(src, 0, 0);
  const data = ctx.getImageData(0, 0, width, height).data;
  const paper = damage.paper / 255;
  for (let i = 0; i < data.length; i += 4) {
    // Box-Muller-free noise: the sum of three uniforms is close enough to a bell.
    const n = (random() + random() + random() - 1.5) * damage.noise * 2;
    for (let c = 0; c < 3; c++) data[i + c] = Math.max(0, Math.min(255, data[i + c]! * paper + n));
  }
  return sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .jpeg({ quality: damage.jpegQuality })
    .toBuffer();
}

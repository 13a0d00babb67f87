// Files for the API's bad-input tests, built in code: each is what a careless or hostile upload
// looks like. The real reports come from data/reports.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { zip } from '@/lib/extract/testing/zip';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export function reportFile(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(ROOT, 'data/reports', relative)));
}

/** Deterministic noise (xorshift), so a failure can be reproduced byte for byte. */
export function noise(length: number, seed = 0x9e3779b9): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...noise(64)]);
export const ELF = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...noise(120)]);
export const ZIP = (): Uint8Array => zip({ 'report.txt': '这不是报告' });

/** A page with a script and no report in it. */
export const HTML_WITH_SCRIPT = new TextEncoder().encode(
  '<!doctype html><html><head><title>通知</title><script>alert("xss")</script></head><body><p>本站将于周末维护。</p><script>document.cookie</script></body></html>',
);

/** A real report as a web page, with a script a careless CMS left in it. */
export function reportAsHtmlWithScript(): Uint8Array {
  const text = new TextDecoder().decode(reportFile('seeds/002-ningbo-2020.txt'));
  const paragraphs = text.split('\n').map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`);
  return new TextEncoder().encode(
    `<html><body><script>alert("xss")</script>${paragraphs.join('')}<img src=x onerror="alert(1)"></body></html>`,
  );
}

/** A real report re-encoded as GBK, as many government sites still serve them. */
export function gbkReport(): Uint8Array {
  return new Uint8Array(iconv.encode(new TextDecoder().decode(reportFile('seeds/001-yiyang-2020.txt')), 'gbk'));
}

/** A PDF whose only page draws nothing textual: what a scanner produces, minus the image. */
export function scannedPdf(): Uint8Array {
  const content = 'q 612 0 0 792 0 0 cm Q';
  return new TextEncoder().encode(
    `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n` +
      `3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n` +
      `4 0 obj<</Length ${content.length}>>stream\n${content}\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n`,
  );
}

/** A body of `megabytes` MB offered as a stream in 1 MB chunks; `pulled()` says how many were taken. */
export function bigStream(megabytes: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let sent = 0;
  const chunk = new Uint8Array(1024 * 1024).fill(0x41);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= megabytes) controller.close();
      else {
        sent++;
        controller.enqueue(chunk);
      }
    },
  });
  return { stream, pulled: () => sent };
}

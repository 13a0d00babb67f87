// A collected page's images, kept with its source (report_source_image, in the page's order; their
// bytes once however many pages show them, collected_image by SHA-256): written in the source's own
// transaction, so `reparse --recognise` recognises the page again from these bytes, never fetching.
// They are the images collection fetched, within its limits (lib/db/collect/images.ts).

import type { PageImage } from '../../ocr/types';
import { contentHash } from './prepare';
import type { Queryable } from './write';

export const buffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Keeps `images` (fetched, or why not) as source `sourceId`'s. */
export async function keepSourceImages(db: Queryable, sourceId: number, images: readonly PageImage[]): Promise<void> {
  for (const [position, image] of images.entries()) {
    const hash = image.bytes ? contentHash(image.bytes) : null;
    // Bytes already kept are key-share locked until commit, so the last source showing them cannot
    // release them meanwhile (collected_image_release skips a locked row).
    if (hash)
      await db.query(
        `WITH held AS (SELECT 1 FROM collected_image WHERE content_hash = $1 FOR KEY SHARE)
         INSERT INTO collected_image (content_hash, bytes) SELECT $1, $2 WHERE NOT EXISTS (SELECT 1 FROM held)
         ON CONFLICT (content_hash) DO NOTHING`,
        [hash, buffer(image.bytes!)],
      );
    await db.query(
      `INSERT INTO report_source_image (source_id, position, src, url, content_type, image_hash, unread)
       VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb)`,
      [sourceId, position, image.src, image.url, image.contentType ?? null, hash, image.unread ? JSON.stringify(image.unread) : null],
    );
  }
}

/** A stored page image's row (a source's kept one, or a queued job's: lib/db/ocr/jobs.ts). */
export interface PageImageRow {
  src: string;
  url: string;
  content_type: string | null;
  bytes: Buffer | null;
  unread: PageImage['unread'] | null;
}

export const pageImageOf = (r: PageImageRow): PageImage => ({
  src: r.src,
  url: r.url,
  contentType: r.content_type,
  ...(r.bytes ? { bytes: new Uint8Array(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength) } : {}),
  ...(r.unread ? { unread: r.unread } : {}),
});

/** Source `sourceId`'s kept images in the page's order; none for a source stored before they were kept. */
export async function keptSourceImages(db: Queryable, sourceId: number): Promise<PageImage[]> {
  const { rows } = await db.query<PageImageRow>(
    `SELECT i.src, i.url, i.content_type, c.bytes, i.unread
     FROM report_source_image i LEFT JOIN collected_image c ON c.content_hash = i.image_hash
     WHERE i.source_id = $1 ORDER BY i.position`,
    [sourceId],
  );
  return rows.map(pageImageOf);
}

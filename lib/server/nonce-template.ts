// A rendered answer kept with its CSP nonce as a hole (./page-cache.ts): every copy served gets a
// fresh nonce, and the gzip of each copy costs almost nothing. The text between the holes is
// compressed once, each piece on its own and ended by a sync flush (so raw deflate pieces can be
// joined); a copy is those pieces with the new nonce between them as stored (uncompressed) deflate
// blocks, an empty final block, and the gzip frame (RFC 1951 §3.2.4, RFC 1952).
import zlib from 'node:zlib';

export interface NonceTemplate {
  /** The text around the nonce's places, in order (one more piece than places). */
  pieces: Buffer[];
  /** Each piece as raw deflate ending on a byte boundary (Z_SYNC_FLUSH). */
  deflated: Buffer[];
  /** Uncompressed length with a nonce of the original length in each place. */
  bytes: number;
}

/** `body` cut at every occurrence of `nonce` (null: an answer without one, kept whole). */
export function nonceTemplate(body: Buffer, nonce: string | null): NonceTemplate {
  const needle = Buffer.from(nonce ?? '');
  const pieces: Buffer[] = [];
  let from = 0;
  for (let at = nonce ? body.indexOf(needle) : -1; at !== -1; at = body.indexOf(needle, from)) {
    pieces.push(body.subarray(from, at));
    from = at + needle.length;
  }
  pieces.push(body.subarray(from));
  const deflated = pieces.map((piece) => zlib.deflateRawSync(piece, { finishFlush: zlib.constants.Z_SYNC_FLUSH }));
  return { pieces, deflated, bytes: body.length };
}

/** The body with `nonce` in every place. */
export function fill(template: NonceTemplate, nonce: string): Buffer {
  const parts: Buffer[] = [];
  const value = Buffer.from(nonce);
  template.pieces.forEach((piece, i) => parts.push(...(i ? [value, piece] : [piece])));
  return Buffer.concat(parts);
}

/** A stored, non-final deflate block holding `data` (at most 65,535 bytes; a nonce is ~24). */
function storedBlock(data: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head[0] = 0; // BFINAL 0, BTYPE 00, padded to the byte boundary the sync flush left
  head.writeUInt16LE(data.length, 1);
  head.writeUInt16LE(~data.length & 0xffff, 3);
  return Buffer.concat([head, data]);
}

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
/** An empty final block with fixed codes: ends the deflate stream. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);

/** The gzip of `fill(template, nonce)`, without compressing the text again. */
export function fillGzip(template: NonceTemplate, nonce: string): Buffer {
  const value = Buffer.from(nonce);
  const hole = storedBlock(value);
  const parts: Buffer[] = [GZIP_HEADER];
  let crc = 0;
  let length = 0;
  template.pieces.forEach((piece, i) => {
    if (i) {
      parts.push(hole);
      crc = zlib.crc32(value, crc);
      length += value.length;
    }
    parts.push(template.deflated[i]!);
    crc = zlib.crc32(piece, crc);
    length += piece.length;
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(length >>> 0, 4);
  parts.push(FINAL_BLOCK, trailer);
  return Buffer.concat(parts);
}

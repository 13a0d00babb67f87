// Zip limits, checked before a DOCX is handed to mammoth (whose JSZip inflates whatever it is
// given): entry count from the central directory, then every entry inflated as a stream and
// counted (yauzl checks that it inflates to exactly its declared size), so a decompression bomb is
// refused after reading at most maxInflatedBytes, never held in memory.

import yauzl from 'yauzl';
import { refuse } from './refusal';
import type { ExtractLimits, ExtractRefusal } from './types';

const MB = 1024 * 1024;
const megabytes = (n: number) => `${+(n / MB).toFixed(1)} MB`;

/** Null when the archive is within the limits; else the refusal. Never throws. */
export async function checkArchive(bytes: Uint8Array, limits: ExtractLimits): Promise<ExtractRefusal | null> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { lazyEntries: true });
  } catch {
    return refuse('UNREADABLE', 'zip');
  }
  try {
    if (zip.entryCount > limits.maxArchiveEntries) return refuse('TOO_MANY_ENTRIES', `${zip.entryCount} > ${limits.maxArchiveEntries}`);
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith('/')) continue;
      // Declared sizes first: an honest bomb is refused without inflating a byte.
      const declared = over(entry.uncompressedSize, entry.compressedSize, total + entry.uncompressedSize, limits);
      if (declared) return declared;
      let inflated = 0;
      const stream = await zip.openReadStreamPromise(entry);
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.length;
        const actual = over(inflated, entry.compressedSize, total + inflated, limits);
        if (actual) {
          stream.destroy();
          return actual;
        }
      }
      total += inflated;
    }
    return null;
  } catch {
    // Corrupt data, or an entry inflating to more than it declares (yauzl's size validation).
    return refuse('UNREADABLE', 'zip');
  } finally {
    zip.close();
  }
}

function over(entryBytes: number, compressedBytes: number, totalBytes: number, limits: ExtractLimits): ExtractRefusal | null {
  if (entryBytes > limits.ratioGraceBytes && entryBytes > limits.maxCompressionRatio * Math.max(compressedBytes, 1)) {
    const ratio = Math.round(entryBytes / Math.max(compressedBytes, 1));
    return refuse('COMPRESSION_RATIO', `${ratio}:1 > ${limits.maxCompressionRatio}:1`);
  }
  if (totalBytes > limits.maxInflatedBytes) return refuse('INFLATED_TOO_LARGE', `> ${megabytes(limits.maxInflatedBytes)}`);
  return null;
}

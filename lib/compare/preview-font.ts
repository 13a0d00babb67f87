// The CJK font of the preview image: Noto Sans SC (TTF, from an npm package, so a machine without
// system CJK fonts still renders Chinese; satori reads TTF/OTF/WOFF but not WOFF2). Read once.

import { readFile } from 'node:fs/promises';
import path from 'node:path';

const FONT_DIR = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'noto-sans-sc');

let fonts: Promise<{ name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' }[]> | null = null;

export function previewFonts() {
  fonts ??= Promise.all(
    (
      [
        [400, '400Regular/NotoSansSC_400Regular.ttf'],
        [700, '700Bold/NotoSansSC_700Bold.ttf'],
      ] as const
    ).map(async ([weight, file]) => {
      const bytes = await readFile(path.join(FONT_DIR, file));
      return {
        name: 'Noto Sans SC',
        data: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        weight,
        style: 'normal' as const,
      };
    }),
  );
  return fonts;
}

// A data download as one zip (fflate): the files in the order given, deflated, each dated at the
// data's last change so the same data gives the same bytes.

import { strToU8, zipSync } from 'fflate';

export function zipFiles(files: Record<string, string>, modified: Date): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [strToU8(text), { mtime: modified, level: 6 }]])));
}

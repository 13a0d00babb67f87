// Which files an ingest run reads: named files always (the content decides whether they are
// reports); inside folders, recursively, the extensions lib/extract reads and scans' image files.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Text and documents, and the image files of scans (queued for text recognition). */
export const REPORT_EXTENSIONS = [
  '.txt',
  '.md',
  '.markdown',
  '.html',
  '.htm',
  '.pdf',
  '.docx',
  '.doc',
  '.wps',
  '.png',
  '.jpg',
  '.jpeg',
  '.tif',
  '.tiff',
];

/** Files in a stable order (sorted paths), each once. Missing paths are returned in `missing`. */
export function collectFiles(paths: string[]): { files: string[]; missing: string[] } {
  const files = new Set<string>();
  const missing: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && REPORT_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) files.add(full);
    }
  };
  for (const p of paths) {
    const abs = path.resolve(p);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(abs);
    else files.add(abs);
  }
  return { files: [...files].sort(), missing };
}

// What an ingest run prints: on a terminal one progress line rewritten in place (done/total, rate,
// current file); otherwise one plain line per file. Then a summary.
import type { BatchSummary } from './batch';
import type { IngestResult } from './index';

type Line = IngestResult | { status: 'failed'; fileName: string; message: string };

function describe(r: Line): string {
  switch (r.status) {
    case 'saved':
      return `saved      ${r.fileName} (report ${r.reportId}: ${r.figures} figures, ${r.issues} issues${r.errors ? `, ${r.errors} failed checks` : ''})`;
    case 'unchanged':
      return `unchanged  ${r.fileName} (already stored as report ${r.reportId})`;
    case 'refused':
      return `refused    ${r.fileName}: ${r.reason.en} [${r.code}]`;
    case 'failed':
      return `failed     ${r.fileName}: ${r.message}`;
  }
}

export interface ProgressReporter {
  onResult(result: Line, done: number): void;
  finish(summary: BatchSummary, seconds: number): void;
}

export function progressReporter(total: number, stream: NodeJS.WriteStream = process.stdout): ProgressReporter {
  const tty = Boolean(stream.isTTY);
  const started = Date.now();
  let lastDraw = 0;
  const draw = (done: number, current: string) => {
    const width = 24;
    const filled = total ? Math.round((done / total) * width) : width;
    const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
    const name = current.length > 40 ? `…${current.slice(-39)}` : current;
    stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}  ${rate.toFixed(1)}/s  ${name}`);
  };
  return {
    onResult(result, done) {
      if (!tty) {
        stream.write(`${describe(result)}\n`);
        return;
      }
      // Problems stay on screen above the bar; successes only move the bar.
      if (result.status === 'refused' || result.status === 'failed') stream.write(`\r\x1b[2K${describe(result)}\n`);
      const now = Date.now();
      if (now - lastDraw > 100 || done === total) {
        lastDraw = now;
        draw(done, result.fileName);
      }
    },
    finish(summary, seconds) {
      if (tty) stream.write('\n');
      const total = summary.saved + summary.unchanged + summary.refused.length + summary.failed.length;
      stream.write(
        `\n${total} files in ${seconds.toFixed(1)} s: ${summary.saved} saved, ${summary.unchanged} unchanged, ${summary.refused.length} refused` +
          (summary.failed.length ? `, ${summary.failed.length} failed` : '') +
          '\n',
      );
      const byReason = new Map<string, string[]>();
      for (const r of summary.refused)
        byReason.set(`${r.code}: ${r.reason.en}`, [...(byReason.get(`${r.code}: ${r.reason.en}`) ?? []), r.fileName]);
      for (const [reason, files] of byReason)
        stream.write(`  refused (${files.length}) ${reason}\n${files.map((f) => `    ${f}\n`).join('')}`);
      for (const f of summary.failed) stream.write(`  failed ${f.fileName}: ${f.message}\n`);
    },
  };
}

// What ingest and reparse runs print: on a terminal one progress line rewritten in place
// (done/total, rate, current file), problems kept above it; otherwise one plain line per file.
// Then a summary.
import type { BatchSummary, Failure } from './batch';
import type { IngestResult } from './index';
import type { ReparseResult, ReparseSummary } from './reparse';

export interface Described {
  text: string;
  /** Shown even on a terminal's progress line (successes only move the bar). */
  problem: boolean;
}

export function describeIngest(r: IngestResult | Failure): Described {
  switch (r.status) {
    case 'saved': {
      const errors = r.errors ? `, ${r.errors} failed checks` : '';
      return {
        text: `saved      ${r.fileName} (report ${r.reportId}: ${r.figures} figures, ${r.issues.length} issues${errors})`,
        problem: false,
      };
    }
    case 'merged': {
      const shown = r.shown ? ', now the one shown: more figures read from tables' : '';
      return { text: `merged     ${r.fileName} (another copy of report ${r.reportId}${shown})`, problem: false };
    }
    case 'unchanged':
      return { text: `unchanged  ${r.fileName} (already stored in report ${r.reportId})`, problem: false };
    case 'queued':
      return {
        text: `queued     ${r.fileName} (text recognition: job ${r.jobId}${r.created ? '' : ', already waiting'}, /api/ocr-jobs/${r.jobId})`,
        problem: false,
      };
    case 'refused':
      return { text: `refused    ${r.fileName}: ${r.message.en} [${r.code}]`, problem: true };
    case 'failed':
      return { text: `failed     ${r.fileName}: ${r.message}`, problem: true };
  }
}

export function describeReparse(r: ReparseResult): Described {
  const removed = 'removed' in r ? r.removed.map((s) => `; removed ${s.fileName}: ${s.message.en} [${s.code}]`).join('') : '';
  switch (r.status) {
    case 'reread': {
      const split = r.split.length ? `; sources that differ are now reports ${r.split.join(', ')}` : '';
      return { text: `re-read    report ${r.reportId} (${r.fileName})${removed}${split}`, problem: removed !== '' };
    }
    case 'removed':
      return { text: `removed    report ${r.reportId}: not a report any more${removed}`, problem: true };
    case 'kept':
      return { text: `kept       report ${r.reportId} (${r.fileName}) as it was: ${r.message}`, problem: true };
    case 'failed':
      return { text: `failed     report ${r.reportId} (${r.fileName}): ${r.message}`, problem: true };
  }
}

export function ingestSummary(summary: BatchSummary, seconds: number): string[] {
  const total = summary.saved + summary.merged + summary.unchanged + summary.queued.length + summary.refused.length + summary.failed.length;
  const lines = [
    `${total} files in ${seconds.toFixed(1)} s: ${summary.saved} saved, ` +
      (summary.merged ? `${summary.merged} merged into reports already held (the same report in other bytes), ` : '') +
      `${summary.unchanged} unchanged, ` +
      (summary.queued.length ? `${summary.queued.length} scans queued for text recognition, ` : '') +
      `${summary.refused.length} refused` +
      (summary.failed.length ? `, ${summary.failed.length} failed` : ''),
  ];
  const byReason = new Map<string, string[]>();
  for (const r of summary.refused) {
    const reason = `${r.code}: ${r.message.en}`;
    byReason.set(reason, [...(byReason.get(reason) ?? []), r.fileName]);
  }
  for (const [reason, files] of byReason) lines.push(`  refused (${files.length}) ${reason}`, ...files.map((f) => `    ${f}`));
  for (const f of summary.failed) lines.push(`  failed ${f.fileName}: ${f.message}`);
  if (summary.stopped)
    lines.push(
      `Stopped: the database stopped answering (${summary.stopped.reason}); ${summary.stopped.notRead} files were not stored.`,
      'Run the same command again once it is back: the files already stored are recognised and skipped.',
    );
  return lines;
}

export function reparseSummary(summary: ReparseSummary, seconds: number): string[] {
  const lines = [
    `${summary.reread} reports re-read in ${seconds.toFixed(1)} s` +
      (summary.split ? `, ${summary.split} sources split off as reports of their own` : '') +
      `; ${summary.removedSources.length} stored texts removed as refused` +
      (summary.removedReports ? ` (${summary.removedReports} reports gone with them)` : '') +
      `; ${summary.merges.length} duplicate reports merged` +
      (summary.kept.length ? `; ${summary.kept.length} left as they were` : '') +
      (summary.failed.length ? `; ${summary.failed.length} failed` : ''),
  ];
  for (const s of summary.removedSources) lines.push(`  removed ${s.fileName} (report ${s.reportId}): ${s.message.en} [${s.code}]`);
  for (const m of summary.merges) lines.push(`  merged report ${m.from} into report ${m.into} (the same report)`);
  for (const k of summary.kept) lines.push(`  kept report ${k.reportId} (${k.fileName}): ${k.message}`);
  for (const f of summary.failed) lines.push(`  failed report ${f.reportId}: ${f.message}`);
  return lines;
}

export interface ProgressReporter<T> {
  onResult(result: T, done: number): void;
  /** Ends the progress line and prints the summary's lines. */
  finish(lines: string[]): void;
}

export function progressReporter<T extends { fileName: string }>(
  total: number,
  describe: (result: T) => Described,
  stream: NodeJS.WriteStream = process.stdout,
): ProgressReporter<T> {
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
      const line = describe(result);
      if (!tty) {
        stream.write(`${line.text}\n`);
        return;
      }
      if (line.problem) stream.write(`\r\x1b[2K${line.text}\n`);
      const now = Date.now();
      if (now - lastDraw > 100 || done === total) {
        lastDraw = now;
        draw(done, result.fileName);
      }
    },
    finish(lines) {
      if (tty) stream.write('\n');
      stream.write(`\n${lines.join('\n')}\n`);
    },
  };
}

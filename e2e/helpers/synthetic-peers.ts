// A peer group for the peer panel's browser test, made by the synthetic report generator
// (lib/db/testing/synthetic-reports.ts: variants of the bundled reports whose sums hold) and never
// stored as bundled data: the county governments of one province, one year, as the corpus plan lays
// them out. Their files are named synthetic-*.txt and uploaded to the test's own server through
// POST /api/reports, the one ingest step. One of them is damaged the way real pages are: its printed
// 予以公开 total is one more than its parts, so its disclosure rate must not be ranked.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticReports, type BaseReport } from '@/lib/db/testing/synthetic-reports';
import { parseReport } from '@/lib/parser';

/** The bundled reports the variants are made from: those of the 2021 format (the group's year), and of each other format the generator needs. */
const BASES = [
  'seeds/000-fuyang-2020.txt',
  'seeds/001-yiyang-2020.txt',
  'seeds/003-wulanchabu-office-2020.txt',
  'seeds/004-shangqiu-2017.txt',
  'reference-text/huaian_city_2024.txt',
  'reference-text/hongze_district_2024.txt',
];

export interface SyntheticPeer {
  fileName: string;
  bytes: Buffer;
  /** The body as the generator wrote it. */
  body: string;
  /** 予以公开 + 部分公开 and 办理结果总计, as generated (before any damage). */
  disclosed: number;
  handled: number;
  /** Its printed 予以公开 total was made one more than its parts. */
  damaged: boolean;
}

export const GROUP = { province: '河北省', level: 'county', year: 2023, size: 10 } as const;

/** The group's first GROUP.size county governments in the plan; the first ranked one after the first three is damaged. */
export function syntheticPeers(): SyntheticPeer[] {
  const bases: BaseReport[] = BASES.map((file) => {
    const text = readFileSync(path.join(process.cwd(), 'data/reports', file), 'utf8');
    const outcome = parseReport(text);
    if (!outcome.ok) throw new Error(`${file}: ${outcome.refusal.message.en}`);
    return { name: path.basename(file), text, result: outcome.result };
  });
  const generator = syntheticReports(bases, { seed: 1 });
  const peers: SyntheticPeer[] = [];
  for (let i = 0; peers.length < GROUP.size && i < generator.plan.size; i++) {
    const slot = generator.plan.slot(i);
    const { division, scope } = slot.body;
    if (scope !== 'aggregate' || division.level !== GROUP.level || division.province !== GROUP.province || slot.year !== GROUP.year)
      continue;
    const v = generator.variant(i);
    const f = v.result.figures;
    peers.push({
      fileName: `synthetic-${division.code}-${slot.year}.txt`,
      bytes: v.bytes,
      body: slot.body.name,
      disclosed: f['results.granted.total']! + f['results.partial.total']!,
      handled: f['results.total.total']!,
      damaged: false,
    });
  }
  const victim = peers.findIndex((p, i) => i >= 3 && p.handled >= 10);
  peers[victim] = damaged(peers[victim]!);
  return peers;
}

/** The report with its printed 予以公开 total (the cell the parser read it from) one more than its parts. */
function damaged(peer: SyntheticPeer): SyntheticPeer {
  const text = peer.bytes.toString('utf8');
  const outcome = parseReport(text);
  if (!outcome.ok) throw new Error(`${peer.fileName}: ${outcome.refusal.message.en}`);
  const cell = outcome.result.provenance['results.granted.total'];
  const value = outcome.result.figures['results.granted.total'];
  if (cell?.via !== 'table' || !cell.span || typeof value !== 'number' || text.slice(...cell.span) !== String(value))
    throw new Error(`${peer.fileName}: 予以公开 total is not printed in a cell`);
  const changed = text.slice(0, cell.span[0]) + String(value + 1) + text.slice(cell.span[1]);
  return { ...peer, bytes: Buffer.from(changed, 'utf8'), damaged: true };
}

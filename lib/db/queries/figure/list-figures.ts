// GET /api/figures: figures of one or more keys across reports, optionally one year and some
// jurisdictions. Stable order by (report id, key); the cursor is the last pair. The key filter
// uses the (key, year, jurisdiction) index.

import 'server-only';
import { db } from '@/lib/db/client';
import type { ApiFigureRow, ReportScope } from '@/lib/domain';
import { keysetPage, type KeysetPage } from '../keyset';
import { reshapeFigure } from '../reshape';

export interface FigureCursor {
  reportId: number;
  key: string;
}

export interface ListFiguresInput {
  keys: string[];
  year?: number;
  jurisdictions?: string[];
  scope?: ReportScope;
  after?: FigureCursor;
  limit: number;
}

export async function listFigures(input: ListFiguresInput): Promise<KeysetPage<ApiFigureRow, FigureCursor>> {
  const report = {
    ...(input.jurisdictions ? { jurisdiction: { slug: { in: input.jurisdictions } } } : {}),
    ...(input.scope ? { scope: input.scope } : {}),
  };
  const rows = await db.figure.findMany({
    where: {
      key: { in: input.keys },
      ...(input.year !== undefined ? { year: input.year } : {}),
      ...(Object.keys(report).length > 0 ? { report } : {}),
      ...(input.after
        ? { OR: [{ reportId: { gt: input.after.reportId } }, { reportId: input.after.reportId, key: { gt: input.after.key } }] }
        : {}),
    },
    orderBy: [{ reportId: 'asc' }, { key: 'asc' }],
    take: input.limit + 1,
    include: {
      report: { select: { body: true, scope: true, format: true, jurisdiction: { select: { slug: true, name: true } } } },
    },
  });
  return keysetPage(
    rows,
    input.limit,
    (r) => ({
      reportId: r.reportId,
      year: r.year,
      jurisdiction: r.report.jurisdiction,
      body: r.report.body,
      scope: r.report.scope,
      format: r.report.format,
      ...reshapeFigure(r),
    }),
    (r) => ({ reportId: r.reportId, key: r.key }),
  );
}

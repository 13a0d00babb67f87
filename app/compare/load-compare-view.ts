// The compare view of a request: its parameters parsed (with notices) and its data loaded from the
// database's queries by lib/compare, once per request even when the page, its metadata, the
// downloads and the preview all ask (React cache, keyed by the canonical query string), and across
// requests until the data changes (lib/db/cache.ts).

import 'server-only';
import { cache } from 'react';
import { loadCompareData } from '@/lib/compare/load-compare-data';
import type { CompareData } from '@/lib/compare/types';
import { cachedByDataVersion } from '@/lib/db/cache';
import { listJurisdictionsInYear } from '@/lib/db/queries/jurisdiction/list-jurisdictions-in-year';
import { resolveJurisdictions } from '@/lib/db/queries/jurisdiction/resolve-jurisdictions';
import { countReportsByYear } from '@/lib/db/queries/report/count-reports-by-year';
import { findComparedReports } from '@/lib/db/queries/report/find-compared-reports';
import {
  compareQueryString,
  parseCompareParams,
  queryString,
  readCompareParams,
  type CompareNotice,
  type SearchInput,
} from '@/lib/view-state';

const loadByQuery = cache(async (query: string): Promise<{ data: CompareData; notices: CompareNotice[]; cited: number | null }> => {
  const { view, notices, cited } = parseCompareParams(readCompareParams(new URLSearchParams(query)));
  // Keyed on the view alone: the cited data version (v) does not change what is loaded.
  const data = await cachedByDataVersion('compare-data', compareQueryString(view), () =>
    loadCompareData(view, { resolveJurisdictions, countReportsByYear, listJurisdictionsInYear, findComparedReports }),
  );
  return { data, notices, cited };
});

export function loadCompareView(input: SearchInput) {
  return loadByQuery(queryString(readCompareParams(input)));
}

// The compare view of a request's search parameters: parsed (with notices) and loaded, once per
// request even when the page and its metadata both ask (React cache keyed by the query string).

import 'server-only';
import { cache } from 'react';
import { compareQueryString, parseCompareParams, pickCompareParams, type ParamNotice } from '@/lib/view-state';
import { getCompareData, type CompareData } from './get-compare-data';

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

const loadByQuery = cache(async (query: string): Promise<{ data: CompareData; notices: ParamNotice[] }> => {
  const { view, notices } = parseCompareParams(pickCompareParams(new URLSearchParams(query)));
  return { data: await getCompareData(view), notices };
});

export function loadCompareView(input: SearchParamsRecord | URLSearchParams) {
  const params = pickCompareParams(input);
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) query.set(k, v);
  return loadByQuery(query.toString());
}

export { compareQueryString };

// What in the URL could not be used (bad values, stale slugs, years without data), in plain words.

import type { DataNotice } from '@/lib/compare/types';
import type { Lang } from '@/lib/i18n/lang';
import { compareMessages } from '@/lib/i18n/messages/compare';
import type { CompareNotice } from '@/lib/view-state';

function dataNoticeText(n: DataNotice, lang: Lang): string {
  const m = compareMessages[lang].notices;
  const list = (xs: string[]) => xs.join(lang === 'zh' ? '、' : ', ');
  switch (n.kind) {
    case 'unknown-jurisdiction':
      return m.unknownJurisdiction(list(n.slugs));
    case 'empty-province':
      return m.emptyProvince(n.province);
    case 'no-data-year':
      return m.noDataYear(n.requested, n.shown);
    case 'bar-range':
      return m.barRange(n.requested, n.shown);
    case 'per10k-not-count':
      return m.per10kNotCount;
    case 'no-population':
      return m.noPopulation(list(n.names));
    case 'too-many-to-show':
      return m.tooMany(n.count);
    case 'no-reports':
      return m.noReports;
  }
}

export function CompareNotices({ params, data, lang }: { params: CompareNotice[]; data: DataNotice[]; lang: Lang }) {
  if (params.length === 0 && data.length === 0) return null;
  const m = compareMessages[lang].notices;
  return (
    <div role="status" className="mb-5 rounded-sm border border-oi-orange bg-warn-soft px-4 py-3 text-sm text-warn" data-testid="notices">
      {params.length ? <p className="font-medium">{m.heading}</p> : null}
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {params.map((n, i) => (
          <li key={`p${i}`}>
            <span className="font-mono text-xs">{n.param}</span> · {m.reasons[n.reason](n.raw)}
          </li>
        ))}
        {data.map((n, i) => (
          <li key={`d${i}`}>{dataNoticeText(n, lang)}</li>
        ))}
      </ul>
    </div>
  );
}

// What in the URL could not be used (bad values, stale slugs, years without data), in plain words;
// a place or province without a report in the year offers the years it has, as links.

import { dataNoticeText } from '@/lib/compare/notice-text';
import type { DataNotice } from '@/lib/compare/types';
import type { Lang } from '@/lib/i18n/lang';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { compareHref, type CompareNotice, type CompareView } from '@/lib/view-state';

function YearLinks({ years, view }: { years: number[]; view: CompareView }) {
  return (
    <>
      {years.map((y, i) => (
        <span key={y}>
          {i ? ' ' : ''}
          <a href={compareHref({ ...view, years: { from: y, to: y } })} className="font-medium" data-testid="notice-year">
            {y}
          </a>
        </span>
      ))}
    </>
  );
}

function DataNoticeItem({ n, view, lang }: { n: DataNotice; view: CompareView; lang: Lang }) {
  const m = compareMessages[lang].notices;
  if (n.kind === 'absent') {
    return (
      <li data-testid="notice-absent">
        {m.absent(n.years)}
        <ul className="pl-1">
          {n.places.map((p) => (
            <li key={p.slug}>
              <strong className="font-medium">{p.label[lang]}</strong>
              {' · '}
              {p.years.length ? (
                <>
                  {m.provinceHas} <YearLinks years={p.years} view={view} />
                </>
              ) : (
                m.absentHas('')
              )}
            </li>
          ))}
        </ul>
      </li>
    );
  }
  if (n.kind === 'province-absent') {
    return (
      <li data-testid="notice-province-absent">
        {m.provinceAbsent(n.province, n.years)}{' '}
        {n.has.length ? (
          <>
            {m.provinceHas} <YearLinks years={n.has} view={view} />
          </>
        ) : null}
      </li>
    );
  }
  return <li>{dataNoticeText(n, lang)}</li>;
}

export function CompareNotices({
  params,
  data,
  view,
  lang,
}: {
  params: CompareNotice[];
  data: DataNotice[];
  view: CompareView;
  lang: Lang;
}) {
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
          <DataNoticeItem key={`d${i}`} n={n} view={view} lang={lang} />
        ))}
      </ul>
    </div>
  );
}

// "Cite this": the view as a plain citation and in GB/T 7714 style, with its link (at the address
// the reader is using), the date accessed and the data's licence. A client leaf: the link and the
// date are the reader's, never a host or a day baked into a cached page.
'use client';

import { useState } from 'react';

export interface CiteLabels {
  heading: string;
  plain: string;
  gbt: string;
  licence: string;
}

/** The licence the figures are published under (the reports themselves are public documents). */
export const DATA_LICENCE = 'CC BY 4.0';

export function citations(input: { site: string; title: string; url: string; date: string; lang: 'zh' | 'en' }): {
  plain: string;
  gbt: string;
} {
  const { site, title, url, date, lang } = input;
  return {
    plain:
      lang === 'zh'
        ? `${site}:《${title}》,${url},访问于 ${date},许可 ${DATA_LICENCE}。`
        : `${site}, “${title}”, ${url} (accessed ${date}), licence ${DATA_LICENCE}.`,
    // GB/T 7714-2015, online database: 主要责任者. 题名[DB/OL]. (更新日期)[引用日期]. 获取路径.
    gbt: `${site}. ${title}[DB/OL]. [${date}]. ${url}.`,
  };
}

export function CiteThis({
  site,
  title,
  sharePath,
  lang,
  labels,
}: {
  site: string;
  title: string;
  sharePath: string;
  lang: 'zh' | 'en';
  labels: CiteLabels;
}) {
  const [cited, setCited] = useState<{ plain: string; gbt: string } | null>(null);
  // Written when opened: the reader's address and today's date.
  const open = () =>
    setCited(citations({ site, title, url: `${window.location.origin}${sharePath}`, date: new Date().toISOString().slice(0, 10), lang }));
  return (
    <details
      className="border-t border-rule px-5 py-3 text-xs text-ink-soft"
      data-testid="cite-this"
      onToggle={(e) => e.currentTarget.open && open()}
    >
      <summary className="cursor-pointer font-medium text-ink">{labels.heading}</summary>
      {cited ? (
        <dl className="mt-2 grid gap-1.5">
          <dt className="text-ink-mute">{labels.plain}</dt>
          <dd className="select-all font-mono" data-testid="cite-plain">
            {cited.plain}
          </dd>
          <dt className="text-ink-mute">{labels.gbt}</dt>
          <dd className="select-all font-mono" data-testid="cite-gbt">
            {cited.gbt}
          </dd>
          <dt className="text-ink-mute">{labels.licence}</dt>
          <dd>{DATA_LICENCE}</dd>
        </dl>
      ) : null}
    </details>
  );
}

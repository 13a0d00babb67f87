// "Cite this": the view as a plain citation and in GB/T 7714 style, with its link carrying the data
// version (at the address the reader is using), the data version and the date it last changed, the
// date accessed and the licence. A client leaf: the link and the date accessed are the reader's,
// never a host or a day baked into a cached page.
'use client';

import { useState } from 'react';
import { citations, type Citation } from '@/lib/data-package/cite';
import { DATA_LICENCE } from '@/lib/data-package/licence';
import type { DataStamp } from '@/lib/domain';
import type { Lang } from '@/lib/i18n/lang';

export interface CiteLabels {
  heading: string;
  plain: string;
  gbt: string;
  licence: string;
  version: string;
}

export function CiteThis({
  site,
  title,
  sharePath,
  stamp,
  lang,
  labels,
}: {
  site: string;
  title: string;
  /** The view's path with the data version (withDataVersion). */
  sharePath: string;
  stamp: DataStamp;
  lang: Lang;
  labels: CiteLabels;
}) {
  const [cited, setCited] = useState<Citation | null>(null);
  // Written when opened: the reader's address and today's date.
  const open = () =>
    setCited(
      citations({
        site,
        title,
        url: `${window.location.origin}${sharePath}`,
        accessed: new Date().toISOString().slice(0, 10),
        stamp,
        lang,
      }),
    );
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
          <dd className="select-all break-all font-mono" data-testid="cite-plain">
            {cited.plain}
          </dd>
          <dt className="text-ink-mute">{labels.gbt}</dt>
          <dd className="select-all break-all font-mono" data-testid="cite-gbt">
            {cited.gbt}
          </dd>
          <dt className="text-ink-mute">{labels.version}</dt>
          <dd data-testid="cite-version">
            {stamp.version} · {stamp.changedAt.slice(0, 10)}
          </dd>
          <dt className="text-ink-mute">{labels.licence}</dt>
          <dd data-testid="cite-licence">
            <a href={DATA_LICENCE.url} rel="license">
              {DATA_LICENCE.name}
            </a>
            <span className="block text-ink-mute">{DATA_LICENCE.terms[lang]}</span>
          </dd>
        </dl>
      ) : null}
    </details>
  );
}

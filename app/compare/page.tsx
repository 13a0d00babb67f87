// /compare: jurisdictions × one measure (or a composition) for a year or a range; the whole view in
// the URL (lib/view-state/compare-params.ts), bad or stale parameters become notices.

import type { Metadata } from 'next';
import { CompareResult } from '@/components/compare/compare-result';
import { CompareControls } from '@/components/compare/compare-controls';
import { PageShell } from '@/components/layout/page-shell';
import { controlOptions, pickedWithLabels } from '@/lib/compare/control-options';
import { viewTitle } from '@/lib/compare/describe-view';
import { perCapitaPossible } from '@/lib/compare/measures';
import { cachedByDataVersion } from '@/lib/db/cache';
import { listProvinces } from '@/lib/db/queries/jurisdiction/list-provinces';
import { provinceLabel } from '@/lib/places/english';
import { compareMessages } from '@/lib/i18n/messages/compare';
import { compareHref, type SearchInput } from '@/lib/view-state';
import { getDataStamp } from '@/lib/db/queries/data/get-data-stamp';
import { DataVersionNotice } from '@/components/layout/data-version-notice';
import { loadCompareView } from './load-compare-view';
import { comparePreview, previewMetadata } from '../preview-metadata';

type Props = { searchParams: Promise<Exclude<SearchInput, URLSearchParams>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { data } = await loadCompareView(await searchParams);
  return previewMetadata(comparePreview(data, '/compare'));
}

export default async function ComparePage({ searchParams }: Props) {
  const [{ data, notices, cited }, provinces, stamp] = await Promise.all([
    loadCompareView(await searchParams),
    cachedByDataVersion('provinces', null, listProvinces),
    getDataStamp(),
  ]);
  const lang = data.view.lang;
  const m = compareMessages[lang];
  return (
    <PageShell kicker={m.title} title={viewTitle(data, lang)} lede={m.lede}>
      <DataVersionNotice cited={cited} stamp={stamp} path={compareHref(data.view)} lang={lang} />
      <div className="grid gap-8 lg:grid-cols-[280px_minmax(0,1fr)]">
        {/* On a phone the chart comes first and the settings after it. */}
        <aside className="order-last min-w-0 lg:sticky lg:top-4 lg:order-none lg:self-start" data-testid="compare-controls">
          <CompareControls
            view={data.view}
            picked={pickedWithLabels(data.picked, lang)}
            years={data.years.map((y) => y.year)}
            range={data.range}
            provinces={provinces.map((p) => ({ ...p, label: provinceLabel(p.name, lang) }))}
            perCapitaApplies={perCapitaPossible(data.view)}
            options={controlOptions(data.view)}
          />
        </aside>
        <CompareResult data={data} notices={notices} stamp={stamp} lang={lang} />
      </div>
    </PageShell>
  );
}

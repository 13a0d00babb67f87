// Tables 3, 4 and 2 of one report as grids (a note where the report has none), with the legend,
// and the figures no table holds (sentence-only keys).

import { figureLabel, type Lang } from '@/lib/figures/keys';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import type { ReportModels } from '@/lib/tables/report-models';
import { packGrid } from '@/lib/tables/pack-grid';
import { PackedFigureGrid } from './packed-figure-grid';
import { GridLegend } from './grid-legend';
import { ProvenanceBadge } from './provenance-badge';
import { Section } from './section';
import { storedFigureText } from '@/lib/figures/no-number';

export function ReportTables({ models, lang, prevYear }: { models: ReportModels; lang: Lang; prevYear: number | null }) {
  const m = drilldownMessages[lang];
  const grids = [
    ['table3', models.table3, true],
    ['table4', models.table4, false],
    ['table2', models.table2, false],
  ] as const;
  return (
    <>
      <div className="mb-4">
        <GridLegend lang={lang} />
      </div>
      {grids.map(([id, model, totalToggle]) => (
        <Section key={id} id={id} title={m.tables[id]}>
          {model.empty ? (
            <p className="text-sm text-ink-soft">{m.tables.none}</p>
          ) : (
            <PackedFigureGrid
              packed={packGrid(model, lang)}
              lang={lang}
              caption={m.tables[id]}
              prevYear={prevYear}
              totalToggle={totalToggle}
            />
          )}
        </Section>
      ))}
      {models.others.length ? (
        <Section id="others" title={m.tables.others}>
          <ul className="grid gap-1 text-sm">
            {models.others.map((f) => (
              <li key={f.key} className="flex justify-between gap-4 border-b border-rule/60 py-1">
                <span className="text-ink-soft">{figureLabel(f.key, lang)}</span>
                <span className="tabular">
                  {storedFigureText(f, lang)}
                  <ProvenanceBadge kind={f.provenance} lang={lang} />
                </span>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
    </>
  );
}

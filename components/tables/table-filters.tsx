// The /table controls: year, province, level, scope, a failed quality check, failed checks, and the columns. A plain GET
// form, so the state lands in the URL and works without JavaScript.

import type { Lang } from '@/lib/figures/keys';
import type { TableFacets } from '@/lib/domain';
import { commonMessages } from '@/lib/i18n';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import { CHECK_IDS, CHECK_TITLES } from '@/lib/quality';
import { COLUMN_CHOICES, columnLabel } from '@/lib/tables/column-labels';
import { LEVELS } from '@/lib/view-state/params';
import { SCOPES, type TableView } from '@/lib/view-state/table-params';
import { AutoSubmitForm } from './auto-submit-form';
import { provinceLabel } from '@/lib/places/english';

const selectClass = 'mt-1 block w-full rounded-md border border-rule bg-white px-2 py-1.5 text-sm';

export function TableFilters({ view, year, facets, lang }: { view: TableView; year: number; facets: TableFacets; lang: Lang }) {
  const m = drilldownMessages[lang].table;
  const levels = drilldownMessages[lang].jurisdiction.level;
  const c = commonMessages[lang];
  const q = qualityMessages[lang];
  const extraColumns = view.columns.filter((id) => !COLUMN_CHOICES.some((g) => g.ids.includes(id)));
  return (
    <AutoSubmitForm action="/table" label={m.title} className="mb-6 rounded-md border border-rule bg-white p-4">
      {view.lang !== 'zh' ? <input type="hidden" name="lang" value={view.lang} /> : null}
      {view.sort !== 'name' ? <input type="hidden" name="sort" value={view.sort} /> : null}
      <input type="hidden" name="dir" value={view.dir} />
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6 lg:items-end">
        <label className="text-xs text-ink-soft">
          {m.year}
          <select name="y" defaultValue={String(year)} className={selectClass}>
            {facets.years.map((y) => (
              <option key={y.year} value={y.year}>
                {y.year} ({y.reports})
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs text-ink-soft">
          {m.province}
          <select name="province" defaultValue={view.province ?? ''} className={selectClass}>
            <option value="">{m.any}</option>
            {facets.provinces.map((p) => (
              <option key={p} value={p}>
                {provinceLabel(p, lang)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs text-ink-soft">
          {m.level}
          <select name="level" defaultValue={view.level ?? ''} className={selectClass}>
            <option value="">{m.any}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {levels[l] ?? l}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs text-ink-soft">
          {m.scope}
          <select name="scope" defaultValue={view.scope ?? ''} className={selectClass}>
            <option value="">{m.any}</option>
            {SCOPES.map((s) => (
              <option key={s} value={s}>
                {c.scope[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs text-ink-soft">
          {q.filterLabel}
          <select name="check" defaultValue={view.failedCheck ?? ''} className={selectClass}>
            <option value="">{m.any}</option>
            {CHECK_IDS.map((id) => (
              <option key={id} value={id}>
                {q.failedCheck(CHECK_TITLES[id][lang])}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 pb-2 text-sm text-ink">
          <input type="checkbox" name="failed" value="1" defaultChecked={view.failedOnly} className="accent-accent" />
          {m.failed}
        </label>
        <div className="flex gap-3 pb-1">
          <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white hover:bg-accent/90">
            {m.apply}
          </button>
          <a href={view.lang === 'zh' ? '/table' : `/table?lang=${view.lang}`} className="self-center text-sm">
            {m.reset}
          </a>
        </div>
      </div>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-accent">
          {m.columns} ({view.columns.length})
        </summary>
        <div className="mt-2 grid gap-3 md:grid-cols-2 xl:grid-cols-4">
          {COLUMN_CHOICES.map((group) => (
            <fieldset key={group.group.zh}>
              <legend className="mb-1 text-xs font-medium text-ink-mute">{group.group[lang]}</legend>
              {group.ids.map((id) => (
                <label key={id} className="flex items-center gap-1.5 py-0.5">
                  <input type="checkbox" name="cols" value={id} defaultChecked={view.columns.includes(id)} className="accent-accent" />
                  {columnLabel(id, lang)}
                </label>
              ))}
            </fieldset>
          ))}
          {extraColumns.map((id) => (
            <input key={id} type="hidden" name="cols" value={id} />
          ))}
        </div>
      </details>
    </AutoSubmitForm>
  );
}

// Search-and-add for jurisdictions: a keyboard combobox (arrows, Enter, Escape) over
// /api/compare/jurisdictions, matching Chinese names, pinyin, initials and English names (Hohhot),
// each shown with the label the server made in the page's language.
'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { JurisdictionSummary } from '@/lib/domain';
import type { Lang } from '@/lib/i18n/lang';

/** A match as the API sends it: the place and its labels in the asked language. */
export type PickerResult = JurisdictionSummary & { label: string; provinceLabel: string | null };

export interface PickerLabels {
  search: string;
  searchHint: string;
  noMatches: string;
}

export function JurisdictionPicker({
  onPick,
  exclude,
  province,
  level,
  labels,
  lang,
}: {
  onPick: (j: PickerResult) => void;
  exclude: readonly string[];
  province: string | null;
  level: string | null;
  labels: PickerLabels;
  lang: Lang;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<PickerResult[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      const params = new URLSearchParams({ q: query });
      if (province) params.set('province', province);
      if (level) params.set('level', level);
      if (lang !== 'zh') params.set('lang', lang);
      try {
        const res = await fetch(`/api/compare/jurisdictions?${params}`);
        const body = (await res.json()) as { results: PickerResult[] };
        if (ticket === request.current) {
          setResults(body.results.filter((r) => !exclude.includes(r.slug)));
          setActive(0);
        }
      } catch {
        if (ticket === request.current) setResults([]);
      }
    }, 120);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the joined slugs stand for `exclude`
  }, [query, open, province, level, lang, exclude.join(',')]);

  function pick(j: PickerResult | undefined) {
    if (!j) return;
    onPick(j);
    setQuery('');
    setOpen(false);
  }

  const listId = `${id}-list`;
  return (
    <div className="relative">
      <label htmlFor={`${id}-input`} className="sr-only">
        {labels.search}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && results[active] ? `${id}-opt-${active}` : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={labels.search}
        autoComplete="off"
        value={query}
        data-testid="jurisdiction-search"
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((a) => Math.min(a + 1, results.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick(results[active]);
          } else if (e.key === 'Escape') {
            setOpen(false);
          }
        }}
        className="w-full rounded-sm border border-rule bg-white px-3 py-2 text-sm placeholder:text-ink-mute focus:border-accent"
      />
      <p id={`${id}-hint`} className="sr-only">
        {labels.searchHint}
      </p>
      {open ? (
        <ul
          id={listId}
          role="listbox"
          className="absolute z-30 mt-1 max-h-72 w-full overflow-auto rounded-sm border border-rule bg-white py-1 text-sm shadow-lg"
        >
          {results.length === 0 ? (
            <li className="px-3 py-2 text-ink-mute" role="presentation">
              {labels.noMatches}
            </li>
          ) : (
            results.map((r, i) => (
              <li
                key={r.slug}
                id={`${id}-opt-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(r);
                }}
                onMouseEnter={() => setActive(i)}
                className={`flex cursor-pointer items-baseline justify-between gap-2 px-3 py-1.5 ${i === active ? 'bg-accent-soft' : ''}`}
              >
                <span className="font-medium">{r.label}</span>
                <span className="text-xs text-ink-mute">{r.provinceLabel}</span>
              </li>
            ))
          )}
        </ul>
      ) : null}
    </div>
  );
}

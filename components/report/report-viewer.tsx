// The report viewer: parsed tables beside the report text. Choosing a figure scrolls the text to
// the passage it was read from and highlights it; choosing a highlighted passage shows its figure.
// Issues link to their figures and passages. The text is rendered once; selection only toggles
// data-selected on the affected segments.
'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { figureLabel, type Lang } from '@/lib/figures/keys';
import type { FigureView, IssueView } from '@/lib/domain';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import type { ReportModels } from '@/lib/tables/report-models';
import { formatValue } from '@/lib/i18n/format';
import { FigureGrid } from '@/components/tables/figure-grid';
import { GridLegend } from '@/components/tables/grid-legend';
import { ProvenanceBadge } from '@/components/tables/provenance-badge';
import { FigureDetail } from './figure-detail';
import { IssueList } from './issue-list';
import { buildMarks, figureAt, segmentKind } from './marks';
import { SourceText } from './source-text';
import { segmentText } from './text-segments';

export interface ReportViewerProps {
  lang: Lang;
  text: string;
  figures: FigureView[];
  issues: IssueView[];
  models: ReportModels;
  initialFigure: string | null;
  initialIssue: number | null;
  /** The shown source's hash (a scan's page images are stored by it). */
  contentHash?: string;
}

type Selection = { kind: 'figure'; key: string } | { kind: 'issue'; id: number } | null;

export function ReportViewer({ lang, text, figures, issues, models, initialFigure, initialIssue, contentHash }: ReportViewerProps) {
  const m = drilldownMessages[lang];
  const textRef = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<Selection>(
    initialFigure ? { kind: 'figure', key: initialFigure } : initialIssue ? { kind: 'issue', id: initialIssue } : null,
  );

  const segments = useMemo(() => segmentText(text.length, buildMarks(figures, issues)), [text, figures, issues]);
  const kinds = useMemo(() => segments.map((s) => segmentKind(s, figures)), [segments, figures]);
  const figureIndex = useMemo(() => new Map(figures.map((f, i) => [f.key, i])), [figures]);
  const figureKeys = useMemo(() => new Set(figureIndex.keys()), [figureIndex]);

  const selectFigure = useCallback((key: string) => setSelection({ kind: 'figure', key }), []);
  const selectIssue = useCallback((id: number) => setSelection({ kind: 'issue', id }), []);
  const onPick = useCallback(
    (segmentIndex: number) => {
      const segment = segments[segmentIndex];
      if (!segment) return;
      const figure = figureAt(segment, figures);
      if (figure !== null) {
        setSelection({ kind: 'figure', key: figures[figure]!.key });
        document.querySelector(`[data-grids] [data-figure="${CSS.escape(figures[figure]!.key)}"]`)?.scrollIntoView({ block: 'nearest' });
        return;
      }
      const issue = segment.marks.find((id) => id >= figures.length);
      if (issue !== undefined) setSelection({ kind: 'issue', id: issues[issue - figures.length]!.id });
    },
    [segments, figures, issues],
  );

  // Mark ids to light up: the figure's own, or the issue's and its figures'.
  const selectedMarks = useMemo(() => {
    if (!selection) return [];
    if (selection.kind === 'figure') {
      const i = figureIndex.get(selection.key);
      return i === undefined ? [] : [i];
    }
    const i = issues.findIndex((issue) => issue.id === selection.id);
    if (i < 0) return [];
    const own = issues[i]!.span ? [figures.length + i] : [];
    return [
      ...own,
      ...issues[i]!.keys.map((k) => figureIndex.get(k)).filter(
        (x): x is number => x !== undefined && figures[x]!.provenance !== 'inferred',
      ),
    ];
  }, [selection, figureIndex, issues, figures]);

  useEffect(() => {
    const root = textRef.current;
    if (!root) return;
    root.querySelectorAll('[data-selected]').forEach((el) => el.removeAttribute('data-selected'));
    let first: Element | null = null;
    for (const id of selectedMarks) {
      root.querySelectorAll(`[data-m~="m${id}"]`).forEach((el) => {
        el.setAttribute('data-selected', '');
        first ??= el;
      });
    }
    const target = first as HTMLElement | null;
    if (target) {
      // Scroll the text pane only (not the page), then bring the pane into view if it is off screen.
      root.scrollTo({ top: Math.max(0, target.offsetTop - root.clientHeight / 3), behavior: 'smooth' });
      const box = root.getBoundingClientRect();
      if (box.bottom < 0 || box.top > window.innerHeight) root.scrollIntoView({ block: 'nearest' });
    }
    if (selection?.kind === 'issue') document.getElementById(`issue-${selection.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedMarks, selection]);

  const selectedFigure = selection?.kind === 'figure' ? figures[figureIndex.get(selection.key) ?? -1] : undefined;
  const selectedKey = selection?.kind === 'figure' ? selection.key : null;
  const grids = [
    ['table3', models.table3],
    ['table4', models.table4],
    ['table2', models.table2],
  ] as const;

  return (
    <div className="grid gap-8 xl:grid-cols-[minmax(0,7fr)_minmax(0,5fr)]">
      <div data-grids className="min-w-0">
        <div className="mb-4">
          <GridLegend lang={lang} badges />
        </div>
        {grids.map(([id, model]) => (
          <section key={id} aria-labelledby={`${id}-title`} className="mb-8">
            <h2 id={`${id}-title`} className="mb-2 border-b border-rule pb-1.5 text-base font-semibold">
              {m.tables[id]}
            </h2>
            {model.empty ? (
              <p className="text-sm text-ink-soft">{m.tables.none}</p>
            ) : (
              <FigureGrid
                model={model}
                lang={lang}
                caption={m.tables[id]}
                showBadges
                expandAll
                selectedKey={selectedKey}
                onSelect={selectFigure}
                totalToggle={id === 'table3'}
              />
            )}
          </section>
        ))}
        {models.others.length ? (
          <section aria-labelledby="others-title" className="mb-8">
            <h2 id="others-title" className="mb-2 border-b border-rule pb-1.5 text-base font-semibold">
              {m.tables.others}
            </h2>
            <ul className="grid gap-1 text-sm">
              {models.others.map((f) => (
                <li key={f.key}>
                  <button
                    type="button"
                    data-figure={f.key}
                    aria-pressed={selectedKey === f.key}
                    onClick={() => selectFigure(f.key)}
                    className={`flex w-full justify-between gap-4 rounded px-2 py-1 text-left hover:bg-accent-soft ${selectedKey === f.key ? 'bg-oi-yellow/50 ring-2 ring-accent' : ''}`}
                  >
                    <span className="text-ink-soft">{figureLabel(f.key, lang)}</span>
                    <span className="tabular">
                      {formatValue(f.value, 'count', lang)}
                      <ProvenanceBadge kind={f.provenance} lang={lang} />
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="issues-title" className="mb-8">
          <h2 id="issues-title" className="mb-2 border-b border-rule pb-1.5 text-base font-semibold">
            {m.report.issues}
          </h2>
          <IssueList
            issues={issues}
            lang={lang}
            selectedIssue={selection?.kind === 'issue' ? selection.id : null}
            figureKeys={figureKeys}
            onSelectIssue={selectIssue}
            onSelectFigure={selectFigure}
          />
        </section>
      </div>
      <aside aria-labelledby="text-title" className="min-w-0 xl:sticky xl:top-4 xl:self-start">
        <div className="mb-2 flex items-baseline justify-between gap-2 border-b border-rule pb-1.5">
          <h2 id="text-title" className="text-base font-semibold">
            {m.report.text}
          </h2>
          <p className="text-xs text-ink-mute">{m.report.textNote}</p>
        </div>
        {selectedFigure ? (
          <div className="mb-2">
            <FigureDetail figure={selectedFigure} lang={lang} onClear={() => setSelection(null)} contentHash={contentHash} />
          </div>
        ) : null}
        <div
          ref={textRef}
          data-testid="report-text"
          className="relative max-h-[75vh] overflow-y-auto rounded-md border border-rule bg-white px-4 py-3 xl:max-h-[calc(100vh-9rem)]"
        >
          {text ? (
            <SourceText text={text} segments={segments} kinds={kinds} onPick={onPick} />
          ) : (
            <p className="text-sm text-ink-mute">{m.report.noText}</p>
          )}
        </div>
      </aside>
    </div>
  );
}

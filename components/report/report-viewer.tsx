// The report viewer: parsed tables beside the report text. Choosing a figure scrolls the text to
// the passage it was read from and highlights it, its label beside the highlight; choosing a
// highlighted passage shows its figure. Issues link to their figures and passages. The selection
// is written into the address (`figure` / `issue`, replaceState) so the link shows the same. The
// text is rendered once; selection only toggles data-selected on the affected segments.
// The page sends the text once, as plain text, and each figure and issue once, with its span (offsets
// into the text): the marks, the grids and the figure's passage are all made from them here.
// On a phone the text comes after the tables: a selection never moves the page there (the figure
// opens in a panel at the bottom of the screen, with its passage and a button to the text).
'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { figureLabel, type Lang, type ReportFormat } from '@/lib/figures/keys';
import type { FigureView, IssueView } from '@/lib/domain';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { indexReport } from '@/lib/tables/cells';
import { buildReportModels } from '@/lib/tables/report-models';
import { storedFigureText } from '@/lib/figures/no-number';
import { FigureGrid } from '@/components/tables/figure-grid';
import { GridLegend } from '@/components/tables/grid-legend';
import { ProvenanceBadge } from '@/components/tables/provenance-badge';
import { FigureDetail } from './figure-detail';
import { IssueList } from './issue-list';
import { buildMarks, figureAt, segmentKind } from './marks';
import { SourceText } from './source-text';
import { segmentText } from './text-segments';
import { reportHref } from '@/lib/view-state/report-params';

/** The width (Tailwind's xl) from which the text stands beside the tables. */
const SIDE_BY_SIDE = '(min-width: 1280px)';
const sideBySide = () => window.matchMedia(SIDE_BY_SIDE).matches;

export interface ReportViewerProps {
  reportId: number;
  lang: Lang;
  text: string;
  figures: FigureView[];
  issues: IssueView[];
  /** The report's format, which lays out its grids. */
  format: ReportFormat;
  initialFigure: string | null;
  initialIssue: number | null;
  /** The shown source's hash (a scan's page images are stored by it). */
  contentHash?: string;
  /** The shown source's type: a scan's pages, a document's or a web page's pictures. */
  sourceFileType?: string;
}

type Selection = { kind: 'figure'; key: string } | { kind: 'issue'; id: number } | null;

export function ReportViewer({
  reportId,
  lang,
  text,
  figures,
  issues,
  format,
  initialFigure,
  initialIssue,
  contentHash,
  sourceFileType,
}: ReportViewerProps) {
  const m = drilldownMessages[lang];
  const textRef = useRef<HTMLDivElement>(null);
  const tagRef = useRef<HTMLSpanElement>(null);
  /** True until the first selection effect: the view the address opened with. */
  const opened = useRef(true);
  const [selection, setSelection] = useState<Selection>(
    initialFigure ? { kind: 'figure', key: initialFigure } : initialIssue ? { kind: 'issue', id: initialIssue } : null,
  );

  // The grids, as the server would build them, from the figures sent once (not a second copy of each).
  const models = useMemo(() => buildReportModels({ figures: indexReport(figures, issues), format }, null), [figures, issues, format]);
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
        // Beside the text the cell is brought into view; on a phone the panel shows the figure.
        if (sideBySide())
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

  // The address names the selection, so a copied link opens the same view.
  useEffect(() => {
    const href = reportHref(reportId, {
      figure: selection?.kind === 'figure' ? selection.key : null,
      issue: selection?.kind === 'issue' ? selection.id : null,
      lang,
    });
    if (`${window.location.pathname}${window.location.search}` !== href) window.history.replaceState(window.history.state, '', href);
  }, [selection, reportId, lang]);

  useEffect(() => {
    const root = textRef.current;
    const tag = tagRef.current;
    if (!root) return;
    root.querySelectorAll('[data-selected]').forEach((el) => el.removeAttribute('data-selected'));
    let first: Element | null = null;
    // A mark's passages are the segments it covers (the HTML names each segment by its index only).
    for (const id of selectedMarks) {
      segments.forEach((segment, i) => {
        const el = segment.marks.includes(id) ? root.querySelector(`[data-seg="${i}"]`) : null;
        if (!el) return;
        el.setAttribute('data-selected', '');
        first ??= el;
      });
    }
    const target = first as HTMLElement | null;
    if (tag) {
      tag.hidden = !target;
      if (target) placeTag(tag, target, root);
    }
    if (target) {
      // Scroll the text pane only (not the page); beside the tables, bring the pane into view if it is off screen.
      root.scrollTo({ top: Math.max(0, target.offsetTop - root.clientHeight / 3), behavior: 'smooth' });
      const box = root.getBoundingClientRect();
      const cell =
        opened.current && selection?.kind === 'figure'
          ? document.querySelector<HTMLElement>(`[data-grids] [data-figure="${CSS.escape(selection.key)}"]`)
          : null;
      // A link that names a figure opens on its cell (the text stays beside it, sticky); later choices only bring the text into view.
      if (sideBySide() && cell) cell.scrollIntoView({ block: 'center' });
      else if (sideBySide() && (box.bottom < 0 || box.top > window.innerHeight)) root.scrollIntoView({ block: 'nearest' });
    }
    opened.current = false;
    if (selection?.kind === 'issue' && sideBySide()) document.getElementById(`issue-${selection.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedMarks, selection, segments]);

  const showInText = useCallback(() => textRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' }), []);

  const selectedFigure = selection?.kind === 'figure' ? figures[figureIndex.get(selection.key) ?? -1] : undefined;
  const selectedKey = selection?.kind === 'figure' ? selection.key : null;
  const selectedIssue = selection?.kind === 'issue' ? issues.find((i) => i.id === selection.id) : undefined;
  const tagLabel = selectedKey
    ? figureLabel(selectedKey, lang)
    : selectedIssue
      ? (m.report.kinds[selectedIssue.code] ?? m.report.otherKind)
      : '';
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
                      {storedFigureText(f, lang)}
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
          // A panel at the bottom of a phone's screen (the text is far below the tables); above the text beside them.
          <div className="fixed inset-x-0 bottom-0 z-40 max-h-[45vh] overflow-y-auto shadow-[0_-4px_12px_rgba(0,0,0,0.15)] xl:static xl:z-auto xl:mb-2 xl:max-h-none xl:overflow-visible xl:shadow-none">
            <FigureDetail
              figure={selectedFigure}
              lang={lang}
              onClear={() => setSelection(null)}
              onShowInText={showInText}
              text={text}
              contentHash={contentHash}
              sourceFileType={sourceFileType}
            />
          </div>
        ) : null}
        <div
          ref={textRef}
          data-testid="report-text"
          className="relative max-h-[75vh] scroll-mt-2 overflow-y-auto rounded-md border border-rule bg-white px-4 py-3 xl:max-h-[calc(100vh-9rem)]"
        >
          <span
            ref={tagRef}
            hidden
            aria-hidden
            data-testid="highlight-label"
            className="pointer-events-none absolute z-10 max-w-[80%] truncate rounded bg-ink px-1.5 py-0.5 text-[0.7rem] leading-4 text-white shadow"
          >
            {tagLabel}
          </span>
          {text ? (
            <SourceText text={text} segments={segments} kinds={kinds} onPick={onPick} />
          ) : (
            <p className="text-sm text-ink-mute">{m.report.noText}</p>
          )}
        </div>
      </aside>
      {/* Room under the content for the phone's figure panel. */}
      {selectedFigure ? <div aria-hidden className="h-[45vh] xl:hidden" /> : null}
    </div>
  );
}

/**
 * Puts the label of what is highlighted just above the first highlighted passage (below it on the
 * pane's first line), from its left edge, or ending at its right edge when it sits in the right
 * half, so the label stays beside the highlight inside the pane.
 */
function placeTag(tag: HTMLElement, target: HTMLElement, pane: HTMLElement) {
  const above = target.offsetTop >= tag.offsetHeight + 4;
  tag.style.top = `${above ? target.offsetTop - tag.offsetHeight - 2 : target.offsetTop + target.offsetHeight + 2}px`;
  const rightHalf = target.offsetLeft > pane.clientWidth / 2;
  tag.style.left = rightHalf ? '' : `${target.offsetLeft}px`;
  tag.style.right = rightHalf ? `${Math.max(4, pane.clientWidth - target.offsetLeft - target.offsetWidth)}px` : '';
}

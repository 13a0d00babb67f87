// One uploaded file in the queue: its state, what was read (meta the officer may correct, the
// tables, the issues), and the outcome of saving. All report text is rendered as React text
// nodes, never as HTML.
'use client';

import { useMemo, useState } from 'react';
import { ReportTables } from '@/components/tables/report-tables';
import { figureLabel, type Lang, type ReportFormat } from '@/lib/figures/keys';
import { formatBytes } from '@/lib/http/body-limit';
import type { MetaCorrections, UploadReview } from '@/lib/http/ingest/types';
import { withLang } from '@/lib/i18n/lang';
import { ingestMessages } from '@/lib/i18n/messages/ingest';
import { indexReport } from '@/lib/tables/cells';
import { buildReportModels } from '@/lib/tables/report-models';
import { compareHref, DEFAULT_VIEW } from '@/lib/view-state';
import type { RequestFailure } from './upload-client';
import type { QueueItem } from './use-upload-queue';

const PHASE_STYLE: Record<QueueItem['phase'], string> = {
  queued: 'bg-wash text-ink-soft',
  parsing: 'bg-accent-soft text-accent',
  ready: 'bg-warn-soft text-warn',
  scan: 'bg-warn-soft text-warn',
  saving: 'bg-accent-soft text-accent',
  recognising: 'bg-accent-soft text-accent',
  recognised: 'bg-emerald-50 text-emerald-800',
  saved: 'bg-emerald-50 text-emerald-800',
  merged: 'bg-emerald-50 text-emerald-800',
  duplicate: 'bg-accent-soft text-accent',
  refused: 'bg-red-50 text-red-800',
  failed: 'bg-red-50 text-red-800',
};

export function failureText(failure: RequestFailure, lang: Lang): string {
  const m = ingestMessages[lang].result;
  switch (failure.kind) {
    case 'too-large':
      return m.tooLarge(formatBytes(failure.limitBytes));
    case 'signed-out':
      return m.signedOut;
    case 'rate-limited':
      return m.limited(failure.retryAfterSeconds);
    case 'refused':
      return `${m.refused} ${failure.message[lang]}`;
    case 'error':
      return m.error;
  }
}

function reportLinks(answer: { id: number; jurisdiction: { slug: string }; year: number }, lang: Lang) {
  const m = ingestMessages[lang].result;
  const compare = compareHref({
    ...DEFAULT_VIEW,
    lang,
    jurisdictions: [answer.jurisdiction.slug],
    years: { from: answer.year, to: answer.year },
  });
  return (
    <span className="ml-2 inline-flex gap-3">
      <a href={withLang(`/reports/${answer.id}`, lang)}>
        {m.open} #{answer.id}
      </a>
      <a href={compare}>{m.compare}</a>
    </span>
  );
}

interface Props {
  item: QueueItem;
  lang: Lang;
  /** Show the tables at once (small batches); otherwise they are built when opened. */
  tablesOpen: boolean;
  onCorrect: (corrections: MetaCorrections) => void;
  onSave: () => void;
  onRemove: () => void;
}

export function ReviewCard({ item, lang, tablesOpen, onCorrect, onSave, onRemove }: Props) {
  const m = ingestMessages[lang];
  const review = item.review;
  const duplicateOf = item.phase === 'duplicate' ? (item.saved ?? (review?.status === 'duplicate' ? review.existing : null)) : null;
  return (
    <li className="rounded-lg border border-rule bg-white p-4" data-testid="upload-item" data-phase={item.phase}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="break-all font-semibold text-ink">{item.file.name}</h3>
        <div className="flex items-center gap-3 text-sm">
          <span className="text-ink-mute">{formatBytes(item.file.size)}</span>
          <span className={`rounded px-2 py-0.5 text-xs font-semibold ${PHASE_STYLE[item.phase]}`} role="status">
            {m.status[item.phase]}
          </span>
          {item.phase !== 'saving' && item.phase !== 'parsing' && item.phase !== 'recognising' ? (
            <button type="button" className="text-ink-mute underline" onClick={onRemove}>
              {m.review.remove}
            </button>
          ) : null}
        </div>
      </div>
      {item.failure ? (
        <p className="mt-2 text-sm text-red-800" data-testid="upload-failure">
          {failureText(item.failure, lang)}
        </p>
      ) : null}
      {review?.status === 'refused' ? (
        <p className="mt-2 text-sm text-red-800" data-testid="upload-refusal">
          {m.result.refused} {review.refusal.message[lang]}
        </p>
      ) : null}
      {duplicateOf ? (
        <p className="mt-2 text-sm" data-testid="upload-duplicate">
          {m.result.duplicate}
          {reportLinks(duplicateOf, lang)}
        </p>
      ) : null}
      {item.phase === 'saved' && item.saved ? (
        <p className="mt-2 text-sm text-emerald-800" data-testid="upload-saved">
          {m.result.saved(item.saved.id)}
          {reportLinks(item.saved, lang)}
        </p>
      ) : null}
      {item.saved?.status === 'merged' ? (
        <p className="mt-2 text-sm text-emerald-800" data-testid="upload-merged">
          {m.result.merged(item.saved.id, item.saved.shown)}
          {reportLinks(item.saved, lang)}
        </p>
      ) : null}
      {review?.status === 'scan' ? <ScanStatus item={item} lang={lang} onSave={onSave} /> : null}
      {review?.status === 'ready' && (item.phase === 'ready' || item.phase === 'saving') ? (
        <ReadyReview
          review={review}
          lang={lang}
          tablesOpen={tablesOpen}
          corrections={item.corrections}
          onCorrect={onCorrect}
          onSave={onSave}
          saving={item.phase === 'saving'}
        />
      ) : null}
    </li>
  );
}

/** A scan: queue its recognition; then its progress (pages), and the report it became or why not. */
function ScanStatus({ item, lang, onSave }: { item: QueueItem; lang: Lang; onSave: () => void }) {
  const m = ingestMessages[lang].scan;
  const state = item.job?.state;
  const link = item.job ? (
    <a className="ml-2" href={item.job.url} data-testid="ocr-job-link">
      {m.follow} #{item.job.url.split('/').pop()}
    </a>
  ) : null;
  if (item.phase === 'scan' || item.phase === 'saving')
    return (
      <div className="mt-3 space-y-2 text-sm">
        <p className="text-ink-soft">{item.review?.status === 'scan' && item.review.fileType === 'docx' ? m.noteDocx : m.note}</p>
        <button
          type="button"
          className="rounded bg-accent px-4 py-2 text-sm font-semibold text-white disabled:opacity-50"
          disabled={item.phase === 'saving'}
          onClick={onSave}
        >
          {m.queue}
        </button>
      </div>
    );
  if (item.phase === 'recognising')
    return (
      <p className="mt-2 text-sm" data-testid="ocr-progress">
        {state?.status === 'running' && state.pagesTotal ? m.progress(state.pagesDone, state.pagesTotal) : m.queued}
        {state?.pagesTotal ? (
          <progress className="ml-2 align-middle" max={state.pagesTotal} value={state.pagesDone} aria-label={m.follow} />
        ) : null}
        {link}
      </p>
    );
  if (item.phase === 'recognised' && state?.reportId) {
    const outcome = state.outcome?.status;
    return (
      <p className="mt-2 text-sm text-emerald-800" data-testid="ocr-done">
        {m.done[outcome === 'merged' || outcome === 'unchanged' ? outcome : 'saved'](state.reportId)}
        <a className="ml-2" href={withLang(`/reports/${state.reportId}`, lang)}>
          {ingestMessages[lang].result.open} #{state.reportId}
        </a>
        {link}
      </p>
    );
  }
  if (item.phase === 'refused' && state?.outcome?.message)
    return (
      <p className="mt-2 text-sm text-red-800" data-testid="ocr-refusal">
        {m.failed} {state.outcome.message[lang]}
        {link}
      </p>
    );
  return null;
}

type Ready = Extract<UploadReview, { status: 'ready' }>;

function ReadyReview({
  review,
  lang,
  tablesOpen,
  corrections,
  onCorrect,
  onSave,
  saving,
}: {
  review: Ready;
  lang: Lang;
  tablesOpen: boolean;
  corrections: MetaCorrections;
  onCorrect: (c: MetaCorrections) => void;
  onSave: () => void;
  saving: boolean;
}) {
  const m = ingestMessages[lang].review;
  const { meta } = review;
  const body = corrections.body ?? meta.body ?? '';
  const year = corrections.year ?? meta.year;
  const scope = corrections.scope ?? meta.scope;
  const complete = body.trim() !== '' && year !== null && scope !== null;
  // The store files every report under its place; the officer cannot supply one here.
  const placeKnown = meta.place !== null;
  const [open, setOpen] = useState(tablesOpen);
  const models = useMemo(
    () =>
      open ? buildReportModels({ figures: indexReport(review.figures, review.issues), format: meta.format as ReportFormat }, null) : null,
    [open, review, meta.format],
  );
  const set = (patch: MetaCorrections) => onCorrect({ ...corrections, ...patch });
  const note = (parsed: string | number | null, current: string | number | null, show: (v: string | number) => string = String) =>
    parsed === current ? (
      parsed === null ? (
        <span className="text-warn">{m.missing}</span>
      ) : null
    ) : (
      <span className="text-warn">{m.corrected(parsed === null ? m.notFound : show(parsed))}</span>
    );

  return (
    <div className="mt-3 space-y-4">
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="grid gap-1 text-sm">
          <span className="font-medium">{m.body}</span>
          <input
            className="rounded border border-rule px-2 py-1"
            value={body}
            maxLength={200}
            onChange={(e) => set({ body: e.target.value })}
            name="body"
          />
          {note(meta.body, body === '' ? null : body)}
        </label>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">{m.year}</span>
          <input
            className="rounded border border-rule px-2 py-1"
            type="number"
            min={1990}
            max={2100}
            value={year ?? ''}
            onChange={(e) => set({ year: e.target.value === '' ? undefined : Number(e.target.value) })}
            name="year"
          />
          {note(meta.year, year)}
        </label>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">{m.scope}</span>
          <select
            className="rounded border border-rule px-2 py-1"
            value={scope ?? ''}
            onChange={(e) => set({ scope: e.target.value as 'aggregate' | 'agency' })}
            name="scope"
          >
            {scope === null ? <option value="">—</option> : null}
            <option value="aggregate">{m.scopes.aggregate}</option>
            <option value="agency">{m.scopes.agency}</option>
          </select>
          {note(meta.scope, scope, (v) => m.scopes[v as 'aggregate' | 'agency'])}
        </label>
      </div>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="text-ink-mute">{m.format}</dt>
        <dd data-testid="review-format">{m.formats[meta.format] ?? meta.format}</dd>
        <dt className="text-ink-mute">{m.place}</dt>
        <dd>{[meta.province, meta.place].filter(Boolean).join(' ') || m.notFound}</dd>
        {meta.title ? (
          <>
            <dt className="text-ink-mute">{m.title}</dt>
            <dd>{meta.title}</dd>
          </>
        ) : null}
        <dt className="text-ink-mute">{m.fileType}</dt>
        <dd>
          {review.fileType}
          {review.encoding ? ` · ${review.encoding}` : ''}
        </dd>
      </dl>
      <section>
        <h4 className="mb-1 text-sm font-semibold">{m.issues(review.issues.length)}</h4>
        {review.issues.length === 0 ? (
          <p className="text-sm text-ink-soft">{m.noIssues}</p>
        ) : (
          <ul className="max-h-60 space-y-1 overflow-auto text-sm" data-testid="review-issues">
            {review.issues.map((issue) => (
              <li key={issue.id} className="flex gap-2">
                <span className={`shrink-0 whitespace-nowrap ${issue.severity === 'error' ? 'font-semibold text-red-800' : 'text-warn'}`}>
                  {m.severity[issue.severity]}
                </span>
                <span>
                  {issue.message[lang]}
                  {issue.keys.length ? (
                    <span className="text-ink-mute">
                      {' '}
                      ·{' '}
                      {issue.keys
                        .slice(0, 3)
                        .map((k) => figureLabel(k, lang))
                        .join('; ')}
                    </span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <details className="rounded border border-rule p-3" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="cursor-pointer text-sm font-semibold">{open ? m.hideTables : m.showTables}</summary>
        <p className="my-2 text-xs text-ink-mute">{m.figuresNote}</p>
        {review.figures.length === 0 ? (
          <p className="text-sm">{m.noFigures}</p>
        ) : models ? (
          <ReportTables models={models} lang={lang} prevYear={null} />
        ) : null}
      </details>
      <div className="flex items-center gap-3">
        <button
          type="button"
          className="rounded bg-accent px-4 py-2 text-sm font-semibold text-white disabled:opacity-50"
          disabled={!complete || !placeKnown || saving}
          onClick={onSave}
        >
          {m.save}
        </button>
        {!placeKnown ? (
          <span className="text-sm text-red-800">{ingestMessages[lang].result.missingPlace}</span>
        ) : !complete ? (
          <span className="text-sm text-warn">{ingestMessages[lang].result.missingMeta}</span>
        ) : null}
      </div>
    </div>
  );
}

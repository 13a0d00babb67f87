// The upload queue of the /ingest page: files go queued → parsing → ready (or refused / already
// stored / failed), then saving → saved. A scan goes parsing → scan (nothing to review before its
// text is recognised), then saving → recognising (the OCR job followed every few seconds, pages
// done of total) → recognised, or refused with the job's reason. Two previews run at once; saves
// run one by one. The files stay in the browser until saved, so a save sends the same bytes again
// and the server reads them afresh: figures never travel from the page to the store.
'use client';

import { useCallback, useEffect, useReducer } from 'react';
import type { MetaCorrections, OcrJobAnswer, QueuedAnswer, SaveAnswer, UploadReview } from '@/lib/http/ingest/types';
import { followJob, previewFile, saveFile, type RequestFailure } from './upload-client';

export type Phase =
  | 'queued'
  | 'parsing'
  | 'ready'
  | 'scan'
  | 'saving'
  | 'recognising'
  | 'recognised'
  | 'saved'
  | 'merged'
  | 'duplicate'
  | 'refused'
  | 'failed';

export interface QueueItem {
  id: number;
  file: File;
  phase: Phase;
  review?: UploadReview;
  corrections: MetaCorrections;
  saved?: SaveAnswer;
  /** A scan's recognition: where to follow it, and its last known state. */
  job?: { url: string; state?: OcrJobAnswer };
  /** Why the last request did not succeed (shown beside the item). */
  failure?: RequestFailure;
}

export type QueueAction =
  | { type: 'add'; files: File[]; maxBytes: number }
  | { type: 'phase'; id: number; phase: Phase; patch?: Partial<QueueItem> }
  | { type: 'correct'; id: number; corrections: MetaCorrections }
  | { type: 'remove'; id: number }
  | { type: 'clear-finished' };

const PARALLEL_PREVIEWS = 2;
const FINISHED: readonly Phase[] = ['saved', 'merged', 'duplicate', 'refused', 'failed', 'recognised'];
/** Waiting for the officer: a read report to review, a scan to queue. */
const WAITING: readonly Phase[] = ['ready', 'scan'];
/** How often a scan's recognition is asked after. */
const FOLLOW_MS = 2000;
let nextId = 1;

/** Items whose request is over: finished ones and those waiting for the officer. */
export function doneCount(items: readonly QueueItem[]): number {
  return items.filter((it) => FINISHED.includes(it.phase) || WAITING.includes(it.phase)).length;
}

/** The queue's transitions, pure (tested apart from React). */
export function queueReducer(items: QueueItem[], action: QueueAction): QueueItem[] {
  switch (action.type) {
    case 'add':
      return [
        ...items,
        ...action.files.map((file): QueueItem => {
          const tooLarge = file.size > action.maxBytes;
          return {
            id: nextId++,
            file,
            phase: tooLarge ? 'refused' : 'queued',
            corrections: {},
            ...(tooLarge ? { failure: { kind: 'too-large', limitBytes: action.maxBytes } as const } : {}),
          };
        }),
      ];
    case 'phase':
      return items.map((it) => (it.id === action.id ? { ...it, failure: undefined, ...action.patch, phase: action.phase } : it));
    case 'correct':
      return items.map((it) => (it.id === action.id ? { ...it, corrections: action.corrections } : it));
    case 'remove':
      return items.filter((it) => it.id !== action.id);
    case 'clear-finished':
      return items.filter((it) => !FINISHED.includes(it.phase));
  }
}

function phaseOfReview(review: UploadReview): Phase {
  return review.status === 'ready' ? 'ready' : review.status;
}

const isQueued = (answer: SaveAnswer | QueuedAnswer): answer is QueuedAnswer => answer.status === 'queued';

export function useUploadQueue(maxBytes: number) {
  const [items, dispatch] = useReducer(queueReducer, []);

  useEffect(() => {
    const running = items.filter((it) => it.phase === 'parsing').length;
    const next = items.filter((it) => it.phase === 'queued').slice(0, Math.max(0, PARALLEL_PREVIEWS - running));
    for (const item of next) {
      dispatch({ type: 'phase', id: item.id, phase: 'parsing' });
      void previewFile(item.file).then((answer) => {
        if (answer.ok) dispatch({ type: 'phase', id: item.id, phase: phaseOfReview(answer.value), patch: { review: answer.value } });
        else
          dispatch({
            type: 'phase',
            id: item.id,
            phase: answer.failure.kind === 'too-large' ? 'refused' : 'failed',
            patch: { failure: answer.failure },
          });
      });
    }
  }, [items]);

  // Scans being recognised: their jobs asked after until done or failed.
  const following = items
    .filter((it) => it.phase === 'recognising' && it.job)
    .map((it) => `${it.id} ${it.job!.url}`)
    .join();
  useEffect(() => {
    if (!following) return;
    const timer = setTimeout(() => {
      for (const entry of following.split(',')) {
        const [id, url] = entry.split(' ') as [string, string];
        void followJob(url).then((answer) => {
          if (!answer.ok) return; // asked again at the next turn
          const state = answer.value;
          const job = { url, state };
          if (state.status === 'done') dispatch({ type: 'phase', id: Number(id), phase: 'recognised', patch: { job } });
          else if (state.status === 'failed') dispatch({ type: 'phase', id: Number(id), phase: 'refused', patch: { job } });
          else dispatch({ type: 'phase', id: Number(id), phase: 'recognising', patch: { job } });
        });
      }
    }, FOLLOW_MS);
    return () => clearTimeout(timer);
  }, [following, items]);

  const add = useCallback((files: File[]) => dispatch({ type: 'add', files, maxBytes }), [maxBytes]);
  const correct = useCallback((id: number, corrections: MetaCorrections) => dispatch({ type: 'correct', id, corrections }), []);
  const remove = useCallback((id: number) => dispatch({ type: 'remove', id }), []);
  const clearFinished = useCallback(() => dispatch({ type: 'clear-finished' }), []);

  const save = useCallback(async (item: QueueItem) => {
    dispatch({ type: 'phase', id: item.id, phase: 'saving' });
    const answer = await saveFile(item.file, item.corrections);
    if (answer.ok) {
      const value = answer.value;
      if (isQueued(value)) dispatch({ type: 'phase', id: item.id, phase: 'recognising', patch: { job: { url: value.job.url } } });
      else dispatch({ type: 'phase', id: item.id, phase: value.status, patch: { saved: value } });
    }
    // Still waiting: the officer can correct the meta (e.g. a missing year) or sign in again and retry.
    else dispatch({ type: 'phase', id: item.id, phase: item.phase === 'scan' ? 'scan' : 'ready', patch: { failure: answer.failure } });
  }, []);

  const saveAll = useCallback(
    async (ready: QueueItem[]) => {
      for (const item of ready) await save(item);
    },
    [save],
  );

  return { items, add, correct, remove, clearFinished, save, saveAll, done: doneCount(items) };
}

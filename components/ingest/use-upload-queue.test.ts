import { describe, expect, it } from 'vitest';
import { doneCount, queueReducer, type QueueItem } from './use-upload-queue';

const file = (name: string, size: number) => new File([new Uint8Array(size)], name);

describe('queueReducer', () => {
  it('queues files, refusing at once (without sending) those over the limit', () => {
    const items = queueReducer([], { type: 'add', files: [file('a.txt', 10), file('big.pdf', 101)], maxBytes: 100 });
    expect(items.map((it) => [it.file.name, it.phase])).toEqual([
      ['a.txt', 'queued'],
      ['big.pdf', 'refused'],
    ]);
    expect(items[1]!.failure).toEqual({ kind: 'too-large', limitBytes: 100 });
    expect(new Set(items.map((it) => it.id)).size).toBe(2);
  });

  it('moves an item through its phases, clearing an old failure, and keeps corrections', () => {
    let items: QueueItem[] = queueReducer([], { type: 'add', files: [file('a.txt', 10)], maxBytes: 100 });
    const id = items[0]!.id;
    items = queueReducer(items, { type: 'phase', id, phase: 'ready', patch: { failure: { kind: 'error' } } });
    items = queueReducer(items, { type: 'correct', id, corrections: { year: 2020 } });
    items = queueReducer(items, { type: 'phase', id, phase: 'saving' });
    expect(items[0]).toMatchObject({ phase: 'saving', corrections: { year: 2020 }, failure: undefined });
  });

  it('counts progress and clears only finished items', () => {
    let items = queueReducer([], { type: 'add', files: [file('a', 1), file('b', 1), file('c', 1), file('d', 1)], maxBytes: 100 });
    const [a, b, c] = items.map((it) => it.id);
    items = queueReducer(items, { type: 'phase', id: a!, phase: 'saved' });
    items = queueReducer(items, { type: 'phase', id: b!, phase: 'ready' });
    items = queueReducer(items, { type: 'phase', id: c!, phase: 'parsing' });
    expect(doneCount(items)).toBe(2);
    items = queueReducer(items, { type: 'clear-finished' });
    expect(items.map((it) => it.phase)).toEqual(['ready', 'parsing', 'queued']);
  });

  it('counts a scan waiting to be queued as waiting for the officer, one being recognised as not done, a recognised one as finished', () => {
    let items = queueReducer([], { type: 'add', files: [file('a.pdf', 1), file('b.png', 1), file('c.jpg', 1)], maxBytes: 100 });
    const [a, b, c] = items.map((it) => it.id);
    items = queueReducer(items, { type: 'phase', id: a!, phase: 'scan' });
    items = queueReducer(items, { type: 'phase', id: b!, phase: 'recognising', patch: { job: { url: '/api/ocr-jobs/7' } } });
    items = queueReducer(items, { type: 'phase', id: c!, phase: 'recognised' });
    expect(doneCount(items)).toBe(2);
    items = queueReducer(items, { type: 'clear-finished' });
    expect(items.map((it) => it.phase)).toEqual(['scan', 'recognising']);
    expect(items[1]!.job).toEqual({ url: '/api/ocr-jobs/7' });
  });
});

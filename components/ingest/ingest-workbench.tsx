// The signed-in officer's workspace: drop or choose files, or paste text; each file is read and
// shown for review, saved one by one or all at once, with progress for the batch.
'use client';

import { useRef, useState, type DragEvent } from 'react';
import type { Lang } from '@/lib/figures/keys';
import { formatBytes } from '@/lib/http/body-limit';
import { ingestMessages } from '@/lib/i18n/messages/ingest';
import { ReviewCard } from './review-card';
import { useUploadQueue } from './use-upload-queue';

/** Batches up to this size show every file's tables at once; larger ones build them when opened. */
const OPEN_TABLES_UP_TO = 3;

export function IngestWorkbench({ lang, maxBytes }: { lang: Lang; maxBytes: number }) {
  const m = ingestMessages[lang].upload;
  const queue = useUploadQueue(maxBytes);
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const ready = queue.items.filter(
    (it) =>
      !it.failure &&
      ((it.phase === 'ready' && it.review?.status === 'ready' && it.review.meta.place !== null) ||
        (it.phase === 'scan' && it.review?.status === 'scan')),
  );

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    queue.add([...e.dataTransfer.files]);
  };
  const addPasted = () => {
    if (pasted.trim() === '') return;
    queue.add([new File([pasted], `${ingestMessages[lang].upload.pasteName}.txt`, { type: 'text/plain' })]);
    setPasted('');
  };

  return (
    <div className="space-y-6">
      <div
        className={`rounded-lg border-2 border-dashed p-8 text-center ${dragging ? 'border-accent bg-accent-soft' : 'border-rule bg-white'}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p className="text-ink-soft">
          {m.drop}{' '}
          <button type="button" className="font-semibold text-accent underline" onClick={() => input.current?.click()}>
            {m.choose}
          </button>
        </p>
        <p className="mt-1 text-xs text-ink-mute">
          {m.types} {formatBytes(maxBytes)}
        </p>
        <input
          ref={input}
          type="file"
          multiple
          className="sr-only"
          aria-label={m.choose}
          accept=".pdf,.docx,.doc,.wps,.html,.htm,.txt,.md,.png,.jpg,.jpeg,.tif,.tiff,text/plain,text/html,application/pdf,application/msword,image/png,image/jpeg,image/tiff"
          onChange={(e) => {
            queue.add([...(e.target.files ?? [])]);
            e.target.value = '';
          }}
        />
      </div>
      <details className="rounded-lg border border-rule bg-white p-4">
        <summary className="cursor-pointer font-semibold">{m.pasteTitle}</summary>
        <textarea
          className="mt-3 h-40 w-full rounded border border-rule p-2 font-mono text-sm"
          placeholder={m.pastePlaceholder}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          aria-label={m.pasteTitle}
        />
        <button type="button" className="mt-2 rounded border border-accent px-3 py-1 text-sm text-accent" onClick={addPasted}>
          {m.pasteSubmit}
        </button>
      </details>
      {queue.items.length > 0 ? (
        <div className="space-y-3">
          <div className="flex flex-wrap items-center gap-4">
            <progress
              className="h-2 w-64"
              max={queue.items.length}
              value={queue.done}
              aria-label={m.progress(queue.done, queue.items.length)}
            />
            <span className="text-sm text-ink-soft" data-testid="upload-progress">
              {m.progress(queue.done, queue.items.length)}
            </span>
            {ready.length > 1 ? (
              <button
                type="button"
                className="rounded bg-accent px-3 py-1 text-sm font-semibold text-white"
                onClick={() => void queue.saveAll(ready)}
              >
                {m.saveAll(ready.length)}
              </button>
            ) : null}
            <button type="button" className="text-sm text-ink-mute underline" onClick={queue.clearFinished}>
              {m.clear}
            </button>
          </div>
          <ul className="space-y-4">
            {queue.items.map((item) => (
              <ReviewCard
                key={item.id}
                item={item}
                lang={lang}
                tablesOpen={queue.items.length <= OPEN_TABLES_UP_TO}
                onCorrect={(c) => queue.correct(item.id, c)}
                onSave={() => void queue.save(item)}
                onRemove={() => queue.remove(item.id)}
              />
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

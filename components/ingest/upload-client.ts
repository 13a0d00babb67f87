// The /ingest page's requests: preview one file, save one file with corrections. Every answer,
// including failures, becomes a value the queue can show (never a thrown error).

import type { MetaCorrections, OcrJobAnswer, QueuedAnswer, SaveAnswer, UploadReview } from '@/lib/http/ingest/types';

/** Why a request did not produce a review or a save. */
export type RequestFailure =
  | { kind: 'too-large'; limitBytes: number }
  | { kind: 'signed-out' }
  | { kind: 'rate-limited'; retryAfterSeconds: number }
  | { kind: 'refused'; message: { zh: string; en: string } }
  | { kind: 'error' };

export type Answer<T> = { ok: true; value: T } | { ok: false; failure: RequestFailure };

async function failureOf(response: Response): Promise<RequestFailure> {
  const body = (await response.json().catch(() => null)) as {
    error?: { limitBytes?: number; refusal?: { message: { zh: string; en: string } } };
  } | null;
  if (response.status === 413) return { kind: 'too-large', limitBytes: body?.error?.limitBytes ?? 0 };
  if (response.status === 401 || response.status === 503) return { kind: 'signed-out' };
  if (response.status === 429) return { kind: 'rate-limited', retryAfterSeconds: Number(response.headers.get('retry-after')) || 60 };
  if (response.status === 422 && body?.error?.refusal) return { kind: 'refused', message: body.error.refusal.message };
  return { kind: 'error' };
}

async function send<T>(url: string, init: RequestInit): Promise<Answer<T>> {
  try {
    const response = await fetch(url, { ...init, credentials: 'same-origin' });
    if (response.ok) return { ok: true, value: (await response.json()) as T };
    return { ok: false, failure: await failureOf(response) };
  } catch {
    return { ok: false, failure: { kind: 'error' } };
  }
}

export function previewFile(file: File): Promise<Answer<UploadReview>> {
  return send('/api/ingest/preview', {
    method: 'POST',
    body: file,
    headers: { 'X-File-Name': encodeURIComponent(file.name), 'Content-Type': 'application/octet-stream' },
  });
}

/** Saved, or (202) a scan queued for text recognition. */
export function saveFile(file: File, corrections: MetaCorrections): Promise<Answer<SaveAnswer | QueuedAnswer>> {
  const form = new FormData();
  form.set('file', file, file.name);
  form.set('corrections', JSON.stringify(corrections));
  return send('/api/ingest/save', { method: 'POST', body: form });
}

/** A queued scan's recognition: progress, and the report when done. */
export function followJob(url: string): Promise<Answer<OcrJobAnswer>> {
  return send(url, { method: 'GET', cache: 'no-store' });
}

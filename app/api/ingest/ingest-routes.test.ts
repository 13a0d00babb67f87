// The /ingest page's routes: sign-in (form and JSON), the session cookie, preview (nothing saved),
// save with corrections, duplicates, sign-out; and what a cross-site page may not do.

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveAnswer, UploadReview } from '@/lib/http/ingest/types';
import { resetRateLimits } from '@/lib/http/rate-limit';
import { multipart, ORIGIN, raw, startHarness, TEST_TOKEN, type Harness } from '@/lib/http/testing/harness';
import { noise, reportFile, scannedPdf } from '@/lib/http/testing/inputs';

vi.mock('server-only', () => ({}));

let harness: Harness;
let session: typeof import('./session/route');
let signOut: typeof import('./sign-out/route');
let preview: typeof import('./preview/route');
let save: typeof import('./save/route');

beforeAll(async () => {
  harness = await startHarness();
  session = await import('./session/route');
  signOut = await import('./sign-out/route');
  preview = await import('./preview/route');
  save = await import('./save/route');
});
afterAll(async () => harness?.stop());
beforeEach(() => resetRateLimits());

function signInJson(token: string, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/api/ingest/session`, {
    method: 'POST',
    body: JSON.stringify({ token }),
    headers: { 'content-type': 'application/json', origin: ORIGIN, host: 'localhost:3000', ...headers },
  });
}

function signInForm(token: string): Request {
  return new Request(`${ORIGIN}/api/ingest/session`, {
    method: 'POST',
    body: new URLSearchParams({ token, lang: 'en' }),
    headers: { origin: ORIGIN, host: 'localhost:3000' },
  });
}

async function cookie(): Promise<string> {
  const response = await session.POST(signInJson(TEST_TOKEN));
  expect(response.status).toBe(204);
  return response.headers.get('set-cookie')!.split(';')[0]!;
}

const sameSite = (c: string) => ({ cookie: c, origin: ORIGIN, host: 'localhost:3000' });

async function reportCount(): Promise<number> {
  const { pool } = await import('@/lib/db/client');
  return Number((await pool.query('SELECT count(*) AS n FROM report')).rows[0].n);
}

describe('sign-in', () => {
  it('sets a signed HttpOnly SameSite=Strict cookie that is not the token', async () => {
    const response = await session.POST(signInJson(TEST_TOKEN));
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^gdr_ingest_session=v1\./);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).not.toContain('Secure');
    expect(setCookie).not.toContain(TEST_TOKEN);
    const https = await session.POST(signInJson(TEST_TOKEN, { 'x-forwarded-proto': 'https' }));
    expect(https.headers.get('set-cookie')).toContain('Secure');
  });

  it('answers a wrong token with 401 (JSON) or back to the page (form), and locks out after repeats', async () => {
    expect((await session.POST(signInJson('nope'))).status).toBe(401);
    const form = await session.POST(signInForm('nope'));
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/ingest?lang=en&signin=failed');
    expect(form.headers.get('set-cookie')).toBeNull();
    for (let i = 0; i < 3; i++) await session.POST(signInJson('nope'));
    const locked = await session.POST(signInJson('nope'));
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await session.POST(signInForm('nope'))).headers.get('location')).toMatch(/signin=limited&retry=\d+/);
    // The right token is taken whatever the counters say: guesses cannot lock the officer out.
    expect((await session.POST(signInJson(TEST_TOKEN))).status).toBe(204);
  });

  it('refuses a sign-in posted from another site', async () => {
    expect((await session.POST(signInJson(TEST_TOKEN, { origin: 'https://evil.example' }))).status).toBe(403);
  });
});

describe('preview', () => {
  it('shows what would be saved, saving nothing', async () => {
    const c = await cookie();
    const response = await preview.POST(
      raw('/api/ingest/preview', reportFile('seeds/000-fuyang-2020.txt') as BodyInit, '000-fuyang-2020.txt', sameSite(c)),
    );
    expect(response.status).toBe(200);
    const review = (await response.json()) as UploadReview;
    if (review.status !== 'ready') throw new Error(`expected ready, got ${review.status}`);
    expect(review.meta).toMatchObject({ body: '阜阳市人民政府', year: 2020, scope: 'aggregate', format: '2019' });
    expect(review.figures.find((f) => f.key === 'applications.new.total')?.value).toBe(835);
    expect(review.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await reportCount()).toBe(0);
  });

  it('gives the refusal of a non-report', async () => {
    const c = await cookie();
    const review = (await (
      await preview.POST(raw('/api/ingest/preview', noise(2048) as BodyInit, 'x.txt', sameSite(c)))
    ).json()) as UploadReview;
    expect(review).toMatchObject({ status: 'refused', refusal: { code: 'BINARY' } });
  });

  it('says a scan is a scan (its text is recognised once saving queues it), not refused', async () => {
    const c = await cookie();
    const review = (await (
      await preview.POST(raw('/api/ingest/preview', scannedPdf() as BodyInit, 'scan.pdf', sameSite(c)))
    ).json()) as UploadReview;
    expect(review).toMatchObject({ status: 'scan', fileType: 'pdf', fileName: 'scan.pdf' });
    expect(await reportCount()).toBe(0);
  });

  it('needs a session, from this site', async () => {
    const body = reportFile('seeds/001-yiyang-2020.txt') as BodyInit;
    expect((await preview.POST(raw('/api/ingest/preview', body, 'a.txt', { origin: ORIGIN }))).status).toBe(401);
    expect(
      (await preview.POST(raw('/api/ingest/preview', body, 'a.txt', sameSite('gdr_ingest_session=v1.forged.9999999999999.sig')))).status,
    ).toBe(401);
    const c = await cookie();
    expect((await preview.POST(raw('/api/ingest/preview', body, 'a.txt', { ...sameSite(c), origin: 'https://evil.example' }))).status).toBe(
      403,
    );
  });
});

describe('save', () => {
  it('saves with corrections, then knows the file as a duplicate in preview and save', async () => {
    const c = await cookie();
    const bytes = reportFile('seeds/001-yiyang-2020.txt');
    const response = await save.POST(
      multipart('/api/ingest/save', bytes, 'yiyang.txt', sameSite(c), { corrections: JSON.stringify({ body: '弋阳县人民政府办公室' }) }),
    );
    expect(response.status).toBe(201);
    const saved = (await response.json()) as SaveAnswer;
    expect(saved).toMatchObject({ status: 'saved', jurisdiction: { name: '弋阳县' }, year: 2020 });
    const { pool } = await import('@/lib/db/client');
    const { rows } = await pool.query('SELECT body, corrections FROM report WHERE id = $1', [saved.id]);
    expect(rows[0].body).toBe('弋阳县人民政府办公室');
    expect(rows[0].corrections.body.corrected).toBe('弋阳县人民政府办公室');

    const review = (await (
      await preview.POST(raw('/api/ingest/preview', bytes as BodyInit, 'again.txt', sameSite(c)))
    ).json()) as UploadReview;
    expect(review).toMatchObject({ status: 'duplicate', existing: { id: saved.id, jurisdiction: { name: '弋阳县' } } });
    const again = await save.POST(multipart('/api/ingest/save', bytes, 'again.txt', sameSite(c)));
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'duplicate', id: saved.id });
  });

  it('saves nothing of a refused file', async () => {
    const c = await cookie();
    const before = await reportCount();
    const response = await save.POST(multipart('/api/ingest/save', noise(1000), 'noise.txt', sameSite(c)));
    expect(response.status).toBe(422);
    expect(await reportCount()).toBe(before);
  });
});

describe('sign-out', () => {
  it('clears the cookie and ends the session', async () => {
    const c = await cookie();
    const response = await signOut.POST(new Request(`${ORIGIN}/api/ingest/sign-out?lang=en`, { method: 'POST', headers: sameSite(c) }));
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/ingest?lang=en');
    expect(response.headers.get('set-cookie')).toContain('Max-Age=0');
    const after = await preview.POST(raw('/api/ingest/preview', reportFile('seeds/002-ningbo-2020.txt') as BodyInit, 'n.txt', sameSite(c)));
    expect(after.status).toBe(401);
  });
});

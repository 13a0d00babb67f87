// Clients that lie and flood, against the server `npm start` runs (scripts/server.ts), over HTTP:
// a forged X-Forwarded-For no longer buys a fresh rate-limit bucket, and the officer's right token
// is taken during a flood of wrong ones from forged addresses.
import { expect, test } from '@playwright/test';
import { startAppServer, type AppServer } from '../lib/http/testing/app-server';

const TOKEN = 'e2e-hostile-token-5b1e9c0d7a';
let app: AppServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
  test.setTimeout(120_000);
  app = await startAppServer({ INGEST_TOKEN: TOKEN });
});
test.afterAll(async () => app?.stop());

function signIn(token: string, forwardedFor: string): Promise<Response> {
  return fetch(`${app.baseURL}/api/ingest/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor, 'x-real-ip': forwardedFor },
    body: JSON.stringify({ token }),
  });
}

function upload(token: string, forwardedFor: string): Promise<Response> {
  return fetch(`${app.baseURL}/api/reports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'x-file-name': 'note.txt', 'x-forwarded-for': forwardedFor },
    body: '这不是一份年度报告。',
  });
}

test('a forged X-Forwarded-For is replaced by the socket address: six wrong tokens from "six addresses" are one client', async () => {
  const statuses: number[] = [];
  for (let i = 0; i < 6; i++) statuses.push((await upload('wrong-token', `198.51.100.${i + 1}`)).status);
  // Per client: 5 failures at once, then held back. Each forged address would have had its own 5.
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
});

test('the right token signs in and uploads during a flood of wrong ones from forged addresses', async () => {
  const wrong: Promise<Response>[] = [];
  const right: Promise<Response>[] = [];
  for (let i = 0; i < 200; i++) {
    wrong.push(signIn(`guess-${i}`, `203.0.113.${i % 250}`));
    if (i % 50 === 25) right.push(signIn(TOKEN, `203.0.113.${i % 250}`), upload(TOKEN, '192.0.2.1'));
  }
  const wrongStatuses = (await Promise.all(wrong)).map((r) => r.status);
  const rightAnswers = await Promise.all(right);
  // The flood is held back (it is over every limit) but never let in.
  expect(wrongStatuses.every((s) => s === 401 || s === 429)).toBe(true);
  expect(wrongStatuses.filter((s) => s === 429).length).toBeGreaterThan(150);
  // Sign-in: 204 with the session cookie; upload: the token passed and the file was read (422: not a report).
  for (const [i, answer] of rightAnswers.entries()) {
    if (i % 2 === 0) {
      expect(answer.status).toBe(204);
      expect(answer.headers.get('set-cookie')).toContain('gdr_ingest_session=');
    } else {
      expect(answer.status).toBe(422);
    }
  }
  // After the flood, still: the right token in, a wrong one held back.
  expect((await signIn(TOKEN, '203.0.113.9')).status).toBe(204);
  expect((await signIn('one-more-guess', '192.0.2.200')).status).toBe(429);
});

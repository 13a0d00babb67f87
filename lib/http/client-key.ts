// Who is asking, for rate limits. Next fills X-Forwarded-For with the socket address when the
// request has none; a reverse proxy in front must overwrite the header (not append to a client's).
// A client talking to Next directly can forge it, which is why sign-in failures are also limited
// for all clients together (lib/auth/limits.ts).

export function clientKey(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for');
  const first = forwarded?.split(',')[0]?.trim();
  return first || headers.get('x-real-ip')?.trim() || 'unknown';
}

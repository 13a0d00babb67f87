// The /ingest page before the workbench: what it is for and whom to ask when uploading is not open, the
// sign-in form (a plain form: it works without JavaScript), and the signed-in bar with sign-out.

import type { Lang } from '@/lib/figures/keys';
import { ingestMessages } from '@/lib/i18n/messages/ingest';

export function IngestDisabled({ lang }: { lang: Lang }) {
  const m = ingestMessages[lang].disabled;
  return (
    <section className="max-w-2xl rounded-lg border border-warn/40 bg-warn-soft p-5" data-testid="ingest-disabled">
      <h2 className="mb-2 text-lg font-semibold">{m.title}</h2>
      <p className="text-ink-soft">{m.body}</p>
      <p className="my-3 font-medium text-ink">{m.command}</p>
      <p className="text-ink-soft">{m.after}</p>
    </section>
  );
}

export function SignInForm({ lang, problem, retryAfter }: { lang: Lang; problem: 'failed' | 'limited' | null; retryAfter: number }) {
  const m = ingestMessages[lang].signIn;
  return (
    <form method="post" action="/api/ingest/session" className="max-w-md space-y-3 rounded-lg border border-rule bg-white p-5">
      <h2 className="text-lg font-semibold">{m.title}</h2>
      <input type="hidden" name="lang" value={lang} />
      <label className="grid gap-1">
        <span className="text-sm font-medium">{m.label}</span>
        <input name="token" type="password" required autoComplete="current-password" className="rounded border border-rule px-3 py-2" />
      </label>
      <p className="text-xs text-ink-mute">{m.hint}</p>
      {problem ? (
        <p role="alert" className="text-sm text-red-800">
          {problem === 'failed' ? m.failed : m.limited(retryAfter)}
        </p>
      ) : null}
      <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">
        {m.submit}
      </button>
    </form>
  );
}

export function SignedInBar({ lang }: { lang: Lang }) {
  const m = ingestMessages[lang].signIn;
  return (
    <form method="post" action={`/api/ingest/sign-out?lang=${lang}`} className="mb-6 flex items-center gap-3 text-sm">
      <span className="rounded bg-emerald-50 px-2 py-0.5 text-emerald-800">{m.signedIn}</span>
      <button type="submit" className="text-ink-mute underline">
        {m.signOut}
      </button>
    </form>
  );
}

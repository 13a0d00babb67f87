// "Add by address" on /ingest: paste addresses, preview what collecting them would find (robots.txt,
// page kind, the reports with years and types), confirm; the addresses go into the collection
// frontier and the page follows their progress. The job ids live in the page's address (?collect=),
// so the page can be left and reopened, or the link shared with a colleague who is signed in.
'use client';

import { useCallback, useEffect, useState } from 'react';
import type { DryRunEntry, SeedProgress } from '@/lib/domain/collect';
import type { Lang } from '@/lib/figures/keys';
import { withLang } from '@/lib/i18n/lang';
import { collectMessages } from '@/lib/i18n/messages/collect';

type Failure = 'signed-out' | 'error' | { code: string; message: string; url?: string };

/** Why an address is not collected, in the page's language; the collector's own words for a code it has none for. */
function failureText(m: (typeof collectMessages)[Lang], failure: { code: string; message: string }): string {
  const status = /^HTTP_(\d+)$/.exec(failure.code)?.[1];
  return m.failures[failure.code] ?? (status ? m.http(status) : failure.message);
}

async function post<T>(url: string, urls: string[]): Promise<{ ok: true; value: T } | { ok: false; failure: Failure }> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ urls }),
    });
    if (response.ok) return { ok: true, value: (await response.json()) as T };
    if (response.status === 401 || response.status === 503) return { ok: false, failure: 'signed-out' };
    const body = (await response.json().catch(() => null)) as { error?: { message?: string; refusal?: string; url?: string } } | null;
    const error = body?.error;
    return { ok: false, failure: error?.message ? { code: error.refusal ?? '', message: error.message, url: error.url } : 'error' };
  } catch {
    return { ok: false, failure: 'error' };
  }
}

const ACTIVE = ['queued', 'fetching'] as const;

export function CollectPanel({ lang, initialSeeds }: { lang: Lang; initialSeeds: number[] }) {
  const m = collectMessages[lang];
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [entries, setEntries] = useState<DryRunEntry[] | null>(null);
  const [seeds, setSeeds] = useState<number[]>(initialSeeds);
  const [progress, setProgress] = useState<SeedProgress[] | null>(null);
  const urls = [...new Set(text.split(/\s+/).filter(Boolean))];

  const preview = async () => {
    setBusy(true);
    setFailure(null);
    const r = await post<{ entries: DryRunEntry[] }>('/api/collect/dry-run', urls);
    setBusy(false);
    if (r.ok) setEntries(r.value.entries);
    else setFailure(r.failure);
  };

  const confirm = async () => {
    const collectable = (entries ?? []).filter((e) => !e.error && e.robots === 'allowed').map((e) => e.url);
    setBusy(true);
    const r = await post<{ seeds: number[] }>('/api/collect/jobs', collectable);
    setBusy(false);
    if (!r.ok) return setFailure(r.failure);
    const all = [...new Set([...seeds, ...r.value.seeds])];
    setSeeds(all);
    setEntries(null);
    setText('');
    const url = new URL(window.location.href);
    url.searchParams.set('collect', all.join(','));
    window.history.replaceState(null, '', `${url.pathname}${url.search}`);
  };

  const poll = useCallback(async () => {
    if (!seeds.length) return false;
    try {
      const response = await fetch(`/api/collect/jobs?seeds=${seeds.join(',')}`, { credentials: 'same-origin' });
      if (!response.ok) return false;
      const body = (await response.json()) as { seeds: SeedProgress[] };
      setProgress(body.seeds);
      return body.seeds.some((s) => ACTIVE.some((state) => (s.states[state] ?? 0) > 0));
    } catch {
      return true;
    }
  }, [seeds]);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      const active = await poll();
      if (!stopped && active) timer = setTimeout(tick, 2000);
    };
    void tick();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [poll]);

  const collectable = (entries ?? []).filter((e) => !e.error && e.robots === 'allowed');
  return (
    <section className="space-y-4 rounded-lg border border-rule bg-white p-4" data-testid="collect-panel">
      <h2 className="text-lg font-semibold">{m.title}</h2>
      <p className="text-sm text-ink-soft">{m.hint}</p>
      <textarea
        className="h-24 w-full rounded border border-rule p-2 font-mono text-sm"
        aria-label={m.label}
        placeholder="https://www.example.gov.cn/xxgk/ndbg/index.html"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="rounded border border-accent px-3 py-1 text-sm text-accent disabled:opacity-50"
          disabled={busy || !urls.length}
          onClick={() => void preview()}
        >
          {busy && !entries ? m.checking : m.dryRun}
        </button>
        {collectable.length ? (
          <button
            type="button"
            className="rounded bg-accent px-3 py-1 text-sm font-semibold text-white disabled:opacity-50"
            disabled={busy}
            onClick={() => void confirm()}
          >
            {m.confirm(collectable.length)}
          </button>
        ) : null}
        {failure ? (
          <span role="alert" className="text-sm text-red-700">
            {failure === 'signed-out'
              ? m.signedOut
              : failure === 'error'
                ? m.error
                : failure.url
                  ? `${failureText(m, failure)}: ${failure.url}`
                  : failureText(m, failure)}
          </span>
        ) : null}
      </div>
      {entries ? (
        <ul className="space-y-3" data-testid="collect-dry-run">
          {entries.map((e) => (
            <li key={e.url} className="rounded border border-rule p-3 text-sm">
              <p className="break-all font-mono text-xs text-ink-mute">{e.url}</p>
              {e.error ? (
                <p className="text-red-700" data-error={e.error.code}>
                  {failureText(m, e.error)}
                </p>
              ) : e.robots !== 'allowed' ? (
                <p className="text-red-700">{m.robots[e.robots ?? 'unavailable']}</p>
              ) : (
                <>
                  <p>
                    <span className="font-semibold">{e.title}</span> · {m.kind[e.kind ?? 'article']} · {m.reports(e.reports.length)}
                    {e.pages > 1 ? ` · ${m.pages(e.pages, e.pagesRead)}` : ''}
                  </p>
                  {e.reports.length ? (
                    <div className="overflow-x-auto">
                      <table className="mt-2 w-full text-left text-xs">
                        <thead>
                          <tr className="text-ink-mute">
                            <th className="pr-2">{m.year}</th>
                            <th className="pr-2">{m.type}</th>
                            <th>{m.report}</th>
                          </tr>
                        </thead>
                        <tbody>
                          {e.reports.map((r) => (
                            <tr key={r.url}>
                              <td className="pr-2 tabular-nums">{r.year ?? m.noYear}</td>
                              <td className="pr-2 uppercase">{r.type}</td>
                              <td className="break-all">{r.title || r.url}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  ) : (
                    <p className="text-ink-mute">{m.noReports}</p>
                  )}
                  {e.unreadLists.length ? (
                    <div className="mt-2 text-xs text-amber-800" data-testid="collect-unread-lists">
                      <p>{m.unreadLists}</p>
                      <ul className="list-disc pl-4">
                        {e.unreadLists.map((u) => (
                          <li key={u} className="break-all">
                            {u}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null}
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {seeds.length ? (
        <div className="space-y-3" data-testid="collect-progress">
          <h3 className="font-semibold">{m.progressTitle}</h3>
          {progress === null ? <p className="text-sm text-ink-mute">{m.checking}</p> : null}
          {(progress ?? []).map((s) => (
            <div key={s.id} className="rounded border border-rule p-3 text-sm">
              <p className="break-all font-mono text-xs text-ink-mute">{s.url}</p>
              <p className="mt-1" data-testid="collect-states">
                {Object.entries(s.states)
                  .map(([state, n]) => `${m.state[state] ?? state} ${n}`)
                  .join(' · ')}
              </p>
              {s.reports.length ? (
                <p className="mt-1">
                  {m.collected}:{' '}
                  {s.reports.map((r, i) => (
                    <span key={r.id}>
                      {i ? ', ' : ''}
                      <a className="text-accent underline" href={withLang(`/reports/${r.id}`, lang)}>
                        {r.name} {r.year}
                      </a>
                    </span>
                  ))}
                </p>
              ) : null}
              {s.problems.length ? (
                <details className="mt-1">
                  <summary className="cursor-pointer">
                    {m.problems} ({s.problems.length})
                  </summary>
                  <ul className="mt-1 space-y-1 text-xs">
                    {s.problems.map((p) => (
                      <li key={p.url} className="break-all">
                        {m.state[p.state] ?? p.state}: {p.url} {p.reason ? `— ${p.reason}` : ''}
                      </li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
    </section>
  );
}

// /methods: how figures are read, what the marks mean, the checks, and the parser's measured
// accuracy on the gold set (lib/gold/accuracy.ts: computed by the running server, never typed in).

import type { Metadata } from 'next';
import { PageShell } from '@/components/layout/page-shell';
import { DATA_LICENCE } from '@/lib/data-package/licence';
import { accuracy, type Accuracy } from '@/lib/gold/accuracy';
import { DAMAGE_KINDS } from '@/lib/gold/damage';
import type { Tally } from '@/lib/gold/score';
import { parseLang } from '@/lib/i18n/lang';
import { pageTitle } from '@/lib/i18n/messages/common';
import { drilldownMessages } from '@/lib/i18n/messages/drilldown';
import { methodsMessages } from '@/lib/i18n/messages/methods';
import { NO_NUMBERS, NOTATION } from '@/lib/i18n/notation';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const lang = parseLang((await searchParams).lang);
  return { title: pageTitle(methodsMessages[lang].title, lang) };
}
type M = (typeof methodsMessages)['zh'];

function Counts({ t }: { t: Tally }) {
  return (
    <>
      <td className="px-2 py-1 text-right tabular-nums">{t.exact}</td>
      <td className="px-2 py-1 text-right tabular-nums">{t.missing}</td>
      <td className={`px-2 py-1 text-right font-semibold tabular-nums ${t.wrong ? 'text-warn' : ''}`} data-testid="wrong">
        {t.wrong}
      </td>
    </>
  );
}

/** A total row: its label across the first three columns, then figures and meta counts. */
function TotalRow({ label, counts }: { label: string; counts: { figures: Tally; meta: Tally } }) {
  return (
    <tr className="font-semibold">
      <td colSpan={3} className="px-2 py-1">
        {label}
      </td>
      <Counts t={counts.figures} />
      <Counts t={counts.meta} />
    </tr>
  );
}

function CountHeads({ m }: { m: M['accuracy'] }) {
  return (
    <>
      <th className="px-2 py-1 text-right font-medium">{m.exact}</th>
      <th className="px-2 py-1 text-right font-medium">{m.missing}</th>
      <th className="px-2 py-1 text-right font-medium">{m.wrong}</th>
    </>
  );
}

function AccuracyTable({ a, m }: { a: Accuracy; m: M['accuracy'] }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-sm" data-testid="accuracy">
        <thead className="border-b border-rule text-xs text-ink-mute">
          <tr>
            <th rowSpan={2} className="px-2 py-1 text-left font-medium">
              {m.report}
            </th>
            <th rowSpan={2} className="px-2 py-1 text-left font-medium">
              {m.kind}
            </th>
            <th rowSpan={2} className="px-2 py-1 text-left font-medium">
              {m.format}
            </th>
            <th colSpan={3} className="px-2 py-1 text-center font-medium">
              {m.figures}
            </th>
            <th colSpan={3} className="px-2 py-1 text-center font-medium">
              {m.meta}
            </th>
          </tr>
          <tr>
            <CountHeads m={m} />
            <CountHeads m={m} />
          </tr>
        </thead>
        {a.bySet.map((s) => (
          <tbody key={s.set} className="border-b border-rule">
            <tr className="bg-paper">
              <th colSpan={9} className="px-2 py-1 text-left text-xs font-semibold uppercase tracking-wide text-accent">
                {m.set[s.set as 'dev' | 'unseen']}
              </th>
            </tr>
            {a.reports
              .filter((r) => r.set === s.set)
              .map((r) => (
                <tr key={r.id}>
                  <td className="px-2 py-1 font-mono text-xs">{r.id}</td>
                  <td className="px-2 py-1">{r.kind}</td>
                  <td className="px-2 py-1">{r.format}</td>
                  <Counts t={r.figures} />
                  <Counts t={r.meta} />
                </tr>
              ))}
            <TotalRow label={`${m.total} (${s.reports})`} counts={s} />
          </tbody>
        ))}
        <tbody>
          <TotalRow label={m.variants(a.damaged.variants)} counts={a.damaged} />
          <TotalRow label={m.layouts(a.layouts.renderings, a.layouts.kinds)} counts={a.layouts} />
          <TotalRow label={m.twists(a.twists.renderings, a.twists.kinds)} counts={a.twists} />
        </tbody>
      </table>
    </div>
  );
}

export default async function MethodsPage({ searchParams }: Props) {
  const lang = parseLang((await searchParams).lang);
  const m = methodsMessages[lang];
  const badge = drilldownMessages[lang].badge;
  const a = await accuracy().catch(() => null);
  const section = 'mb-10 max-w-3xl space-y-3 text-sm leading-relaxed text-ink-soft';
  const h2 = 'text-lg font-semibold text-ink';
  return (
    <PageShell title={m.title} lede={m.lede}>
      <section className={section}>
        <h2 className={h2}>{m.reading.title}</h2>
        <ol className="list-decimal space-y-1 pl-5">
          {m.reading.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <p>{m.reading.rule}</p>
      </section>
      <section className={section}>
        <h2 className={h2}>{m.marks.title}</h2>
        <ul className="space-y-1">
          {(['table', 'narrative', 'inferred'] as const).map((k) => (
            <li key={k}>
              <span className="mr-2 inline-block min-w-8 rounded border border-rule px-1 text-center text-xs font-semibold">
                {badge.short[k]}
              </span>
              {badge[k]}: {m.marks[k]}
            </li>
          ))}
          {NO_NUMBERS.map((k) => (
            <li key={k}>
              <span className="mr-2 inline-block min-w-8 text-center font-semibold">{NOTATION[k].mark}</span>
              {NOTATION[k][lang]}
            </li>
          ))}
        </ul>
      </section>
      <section className={section}>
        <h2 className={h2}>{m.checks.title}</h2>
        <ul className="list-disc space-y-1 pl-5">
          {m.checks.items.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p>{m.checks.note}</p>
      </section>
      <section className={section} id="licence" data-testid="licence">
        <h2 className={h2}>{m.licence.title}</h2>
        <p>
          <a href={DATA_LICENCE.url} rel="license">
            {DATA_LICENCE.name}
          </a>
          {lang === 'zh' ? '。' : '. '}
          {DATA_LICENCE.terms[lang]}
        </p>
        <p>{m.licence.cite}</p>
      </section>
      <section className="mb-10 space-y-3 text-sm leading-relaxed text-ink-soft" id="accuracy">
        <h2 className={h2}>{m.accuracy.title}</h2>
        {a ? (
          <>
            <p>{m.accuracy.lede(a.parserVersion, a.computedOn)}</p>
            <p className="max-w-3xl">{m.accuracy.sets}</p>
            <p className="max-w-3xl">{m.accuracy.damaged(DAMAGE_KINDS.length)}</p>
            <AccuracyTable a={a} m={m.accuracy} />
            {a.unreadable.length ? (
              <p role="status">
                {m.accuracy.unreadable} {a.unreadable.join('; ')}
              </p>
            ) : null}
          </>
        ) : (
          <p role="status">{m.accuracy.failed}</p>
        )}
      </section>
    </PageShell>
  );
}

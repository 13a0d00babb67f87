// The content column every page uses: a heading block (kicker, title, lede) and the body.

import type { ReactNode } from 'react';

export function PageShell({
  kicker,
  title,
  lede,
  children,
}: {
  kicker?: ReactNode;
  title: ReactNode;
  lede?: ReactNode;
  children: ReactNode;
}) {
  return (
    <main className="mx-auto max-w-6xl px-5 pt-10">
      <div className="mb-8 max-w-3xl">
        {kicker ? <p className="mb-2 text-xs font-semibold uppercase tracking-[0.14em] text-accent">{kicker}</p> : null}
        <h1 className="text-3xl font-bold leading-tight tracking-tight text-ink sm:text-[2.1rem]">{title}</h1>
        {lede ? <div className="mt-3 text-base leading-relaxed text-ink-soft">{lede}</div> : null}
      </div>
      {children}
    </main>
  );
}

// A titled block of the drill-down pages.

import type { ReactNode } from 'react';

export function Section({ id, title, aside, children }: { id?: string; title: ReactNode; aside?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={id ? `${id}-title` : undefined} className="mb-10">
      <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2 border-b border-rule pb-2">
        <h2 id={id ? `${id}-title` : undefined} className="text-lg font-semibold text-ink">
          {title}
        </h2>
        {aside ? <div className="text-sm text-ink-mute">{aside}</div> : null}
      </div>
      {children}
    </section>
  );
}

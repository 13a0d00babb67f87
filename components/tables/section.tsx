// A titled block of the drill-down pages.

import type { ReactNode } from 'react';
import styles from './section.module.css';

export function Section({ id, title, aside, children }: { id?: string; title: ReactNode; aside?: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={id ? `${id}-title` : undefined} className={styles.section}>
      <div>
        <h2 id={id ? `${id}-title` : undefined}>{title}</h2>
        {aside ? <div>{aside}</div> : null}
      </div>
      {children}
    </section>
  );
}

// Site name, navigation and language switch, drawn from plain props (see site-header.tsx).

import Link from 'next/link';
import { commonMessages, withLang, type Lang } from '@/lib/i18n';
import styles from './header-content.module.css';

const NAV = [
  { href: '/', id: 'home' },
  { href: '/compare', id: 'compare' },
  { href: '/table', id: 'table' },
  { href: '/coverage', id: 'coverage' },
  { href: '/ingest', id: 'ingest' },
] as const;

function isActive(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

export function HeaderContent({ lang, pathname, search }: { lang: Lang; pathname: string; search: string }) {
  const m = commonMessages[lang];
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const current = `${pathname}${search ? `?${search}` : ''}`;
  return (
    // On a phone the navigation takes its own line under the name and switch (never squeezed to one
    // character per line beside them); from `sm` up all three share one line.
    <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-8 gap-y-2 px-5 py-3">
      <Link href={withLang('/', lang)} className="group flex flex-1 items-baseline gap-2 text-ink no-underline sm:flex-none">
        <span aria-hidden className="inline-block h-3 w-3 translate-y-px bg-accent" />
        <span className="text-[15px] font-semibold tracking-tight">{m.siteName}</span>
      </Link>
      <nav aria-label={m.nav.label} className="order-last w-full sm:order-none sm:w-auto sm:flex-1" data-testid="site-nav">
        <ul className={`-mx-2 flex gap-1 overflow-x-auto whitespace-nowrap text-sm sm:mx-0 ${styles.nav}`}>
          {NAV.map((item) => {
            return (
              <li key={item.id}>
                <Link href={withLang(item.href, lang)} aria-current={isActive(item.href, pathname) ? 'page' : undefined}>
                  {m.nav[item.id]}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <Link
        href={withLang(current, other)}
        hrefLang={other === 'zh' ? 'zh-CN' : 'en'}
        lang={other === 'zh' ? 'zh-CN' : 'en'}
        aria-label={m.langSwitch.toLang}
        className="shrink-0 whitespace-nowrap rounded border border-rule px-2.5 py-1 text-sm text-ink-soft no-underline hover:border-ink hover:text-ink"
        data-testid="lang-switch"
      >
        {m.langSwitch.toLabel}
      </Link>
    </div>
  );
}

// The header on every page. A client leaf because the root layout is kept across navigations:
// the active link, the language switch and <html lang> must follow the live URL.
'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense, useEffect } from 'react';
import { htmlLang, LANG_PARAM, parseLang, type Lang } from '@/lib/i18n';
import { HeaderContent } from './header-content';

/**
 * `initialAddress`: the requested page (from the server), for the header drawn until the live URL is
 * read, so its language switch already leads to this page's counterpart.
 */
export function SiteHeader({ initialLang, initialAddress }: { initialLang: Lang; initialAddress: { pathname: string; search: string } }) {
  return (
    <header className="border-b border-rule bg-white">
      <Suspense fallback={<HeaderContent lang={initialLang} pathname={initialAddress.pathname} search={initialAddress.search} />}>
        <LiveHeader />
      </Suspense>
    </header>
  );
}

function LiveHeader() {
  const pathname = usePathname();
  const params = useSearchParams();
  const lang = parseLang(params.get(LANG_PARAM));
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);
  return <HeaderContent lang={lang} pathname={pathname} search={params.toString()} />;
}

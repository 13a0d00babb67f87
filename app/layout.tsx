import type { Metadata } from 'next';
import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { commonMessages, htmlLang } from '@/lib/i18n';
import { addressFromHeaders, langFromHeaders } from '@/lib/i18n/request';
import { EMBED_HEADER } from '@/lib/http/security-headers';
import './globals.css';

export const metadata: Metadata = {
  title: { default: '政府信息公开年报数据', template: '%s · 政府信息公开年报数据' },
  description: '政府信息公开工作年度报告的核验数据与比较 · Verified data from government information-disclosure annual reports',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const h = await headers();
  const lang = langFromHeaders(h);
  const m = commonMessages[lang];
  // An embedded chart (/embed/*) is the chart alone: no skip link, header or footer.
  if (h.get(EMBED_HEADER) === '1') {
    return (
      <html lang={htmlLang(lang)}>
        <body className="bg-white text-ink antialiased">{children}</body>
      </html>
    );
  }
  return (
    <html lang={htmlLang(lang)}>
      <body className="flex min-h-screen flex-col bg-paper text-ink antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-4 focus:top-4 focus:z-50 focus:rounded focus:bg-ink focus:px-3 focus:py-2 focus:text-white"
        >
          {m.skipToContent}
        </a>
        <SiteHeader initialLang={lang} initialAddress={addressFromHeaders(h)} />
        <div id="main" className="flex-1">
          {children}
        </div>
        <SiteFooter lang={lang} />
      </body>
    </html>
  );
}

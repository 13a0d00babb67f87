import Link from 'next/link';
import { headers } from 'next/headers';
import { commonMessages, withLang } from '@/lib/i18n';
import { langFromHeaders } from '@/lib/i18n/request';
import { PageShell } from '@/components/layout/page-shell';

export default async function NotFound() {
  const lang = langFromHeaders(await headers());
  const m = commonMessages[lang];
  return (
    <PageShell kicker="404" title={m.notFound.title} lede={m.notFound.body}>
      <Link href={withLang('/', lang)}>{m.notFound.home}</Link>
    </PageShell>
  );
}

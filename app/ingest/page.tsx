// /ingest — officers upload reports: disabled without INGEST_TOKEN, a sign-in form, or the
// workbench (upload, review, correct, save) and "add by address" (collection; ?collect=ids follows jobs).

import type { Metadata } from 'next';
import { IngestDisabled, SignedInBar, SignInForm } from '@/components/ingest/access-panels';
import { CollectPanel } from '@/components/ingest/collect-panel';
import { IngestWorkbench } from '@/components/ingest/ingest-workbench';
import { PageShell } from '@/components/layout/page-shell';
import { ingestAccess } from '@/lib/auth/page-session';
import { maxUploadBytes } from '@/lib/http/body-limit';
import { parseLang } from '@/lib/i18n/lang';
import { pageTitle } from '@/lib/i18n/messages/common';
import { ingestMessages } from '@/lib/i18n/messages/ingest';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const lang = parseLang((await searchParams).lang);
  return { title: pageTitle(ingestMessages[lang].title, lang), robots: { index: false } };
}

export default async function IngestPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const lang = parseLang(params.lang);
  const m = ingestMessages[lang];
  const access = await ingestAccess();
  const problem = params.signin === 'failed' || params.signin === 'limited' ? params.signin : null;
  const retry = Number(params.retry);
  return (
    <PageShell kicker={m.kicker} title={m.title} lede={m.lede}>
      {access === 'disabled' ? <IngestDisabled lang={lang} /> : null}
      {access === 'signed-out' ? (
        <SignInForm lang={lang} problem={problem} retryAfter={Number.isFinite(retry) && retry > 0 ? retry : 60} />
      ) : null}
      {access === 'signed-in' ? (
        <>
          <SignedInBar lang={lang} />
          <IngestWorkbench lang={lang} maxBytes={maxUploadBytes()} />
          {/* Apart from the upload list above it, which ends without a margin of its own. */}
          <div className="mt-8">
            <CollectPanel lang={lang} initialSeeds={collectSeeds(params.collect)} />
          </div>
        </>
      ) : null}
    </PageShell>
  );
}

/** ?collect=1,2: the collection jobs the page follows. */
function collectSeeds(raw: string | string[] | undefined): number[] {
  const ids = (typeof raw === 'string' ? raw : '').split(',').map(Number);
  return ids.filter((n) => Number.isSafeInteger(n) && n > 0).slice(0, 100);
}

// The footer: where the figures come from, how missing figures are shown, and how they are read
// and how accurately (/methods).

import Link from 'next/link';
import { commonMessages, type Lang } from '@/lib/i18n';
import { withLang } from '@/lib/i18n/lang';
import { methodsMessages } from '@/lib/i18n/messages/methods';
import { notationKey } from '@/lib/i18n/notation';

export function SiteFooter({ lang }: { lang: Lang }) {
  const m = commonMessages[lang];
  return (
    <footer className="mt-16 border-t border-rule bg-white">
      <div className="mx-auto max-w-6xl space-y-1 px-5 py-6 text-xs leading-relaxed text-ink-mute">
        <p>{m.footer.about}</p>
        <p data-testid="notation">
          {m.footer.sourceNote} {notationKey(lang)}
        </p>
        <p>
          <Link
            href={withLang('/methods', lang)}
            prefetch={false}
            className="underline underline-offset-2 hover:text-ink"
            data-testid="methods-link"
          >
            {methodsMessages[lang].link}
          </Link>
        </p>
      </div>
    </footer>
  );
}

// The footer: where the figures come from and how missing figures are shown.

import { commonMessages, type Lang } from '@/lib/i18n';
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
      </div>
    </footer>
  );
}

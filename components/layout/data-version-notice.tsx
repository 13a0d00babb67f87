// Said on a page opened from a link that names a data version (v=): when the data changed since,
// or when that version was never this site's. Nothing when the link names the current version.

import Link from 'next/link';
import type { DataStamp } from '@/lib/domain';
import { commonMessages, type Lang } from '@/lib/i18n';
import { withDataVersion } from '@/lib/view-state';

export function DataVersionNotice({ cited, stamp, path, lang }: { cited: number | null; stamp: DataStamp; path: string; lang: Lang }) {
  if (cited === null || cited === stamp.version) return null;
  const m = commonMessages[lang].dataVersion;
  const date = stamp.changedAt.slice(0, 10);
  return (
    <p
      role="status"
      className="mb-5 rounded-sm border-l-4 border-oi-orange bg-white px-4 py-3 text-sm text-ink-soft"
      data-testid="data-version-notice"
    >
      {(cited < stamp.version ? m.changed : m.unknown)(cited, stamp.version, date)}{' '}
      <Link href={withDataVersion(path, stamp.version)}>{m.latest}</Link>
    </p>
  );
}

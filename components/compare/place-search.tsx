// Find a place and open its page: the compare page's search box (English, Chinese, pinyin) where
// a choice leads to /j/<slug> instead of joining a comparison. Offered where an address led nowhere.
'use client';

import { useRouter } from 'next/navigation';
import { withLang, type Lang } from '@/lib/i18n/lang';
import { JurisdictionPicker, type PickerLabels } from './jurisdiction-picker';

/** `heading` says what to type; labels.search is the box's placeholder and accessible name. */
export function PlaceSearch({ lang, heading, labels }: { lang: Lang; heading: string; labels: PickerLabels }) {
  const router = useRouter();
  return (
    <div className="max-w-md" data-testid="place-search">
      <p className="mb-1.5 text-sm text-ink-soft">{heading}</p>
      <JurisdictionPicker
        exclude={[]}
        province={null}
        level={null}
        labels={labels}
        lang={lang}
        onPick={(j) => router.push(withLang(`/j/${j.slug}`, lang))}
      />
    </div>
  );
}

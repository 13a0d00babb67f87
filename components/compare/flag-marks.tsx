// Marks beside a value that deserves a second look (from a sentence, inferred, failed checks,
// single office). Each is focusable and shows its reason on hover and on keyboard focus; no script.

import { FLAG_MARKS } from '@/lib/compare/flag-marks';
import styles from './flag-marks.module.css';
import type { TableFlag } from '@/lib/compare/table-rows';
import type { ValueFlag } from '@/lib/compare/types';
import type { Lang } from '@/lib/i18n/lang';

const KIND_CLASS: Record<ValueFlag['kind'], string> = {
  narrative: styles.narrative!,
  inferred: styles.inferred!,
  'checks-failed': styles.checksFailed!,
  agency: styles.agency!,
};

export function FlagMarks({
  flags,
  lang,
  labels,
  idPrefix,
}: {
  flags: readonly (ValueFlag | TableFlag)[];
  lang: Lang;
  labels: Record<ValueFlag['kind'], string>;
  idPrefix: string;
}) {
  if (flags.length === 0) return null;
  return (
    <span className={styles.marks}>
      {flags.map((f) => {
        const id = `${idPrefix}-${f.kind}`;
        return (
          <span key={f.kind} className={styles.mark}>
            <button type="button" aria-describedby={id} aria-label={labels[f.kind]} data-flag={f.kind} className={KIND_CLASS[f.kind]}>
              {FLAG_MARKS[f.kind] || labels[f.kind].slice(0, lang === 'zh' ? 2 : 6)}
            </button>
            <span role="tooltip" id={id}>
              {typeof f.reason === 'string' ? f.reason : f.reason[lang]}
            </span>
          </span>
        );
      })}
    </span>
  );
}

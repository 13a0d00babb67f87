// Why a rate is not ranked, in words: the one phrasing the rate cards and the peer table both print.

import type { Lang } from '@/lib/figures/keys';
import type { RateStanding } from '@/lib/figures/rates';
import { qualityMessages } from '@/lib/i18n/messages/quality';
import type { UnrankedNote } from './rate-card-view';

/** Too small a base or a failed sum check, named; null for a ranked rate or one without a value. */
export function unrankedNote(standing: RateStanding, lang: Lang): UnrankedNote | null {
  if (standing.kind === 'tooFew') return { kind: 'tooFew', text: qualityMessages[lang].tooFew };
  if (standing.kind === 'sumFailed') return { kind: 'sumFailed', text: qualityMessages[lang].sumFailed };
  return null;
}

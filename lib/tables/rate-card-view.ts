// What a rate card on /j receives (lib/tables/rate-cards.ts makes it on the server): strings in
// one language. Types only, so the client cards may import it.

export interface RateCardView {
  /** The rate's id (data-rate). */
  id: string;
  name: string;
  /** The value as printed, or "not computed" in words (`noValue`). */
  value: string;
  noValue?: true;
  /** Why it has no value (a figure missing, a denominator of 0). */
  notComputed?: string;
  /** The base beside the value. */
  base?: { value: number; text: string };
  /** Why it is not ranked: too small a base, or a sum check its figures failed (named). */
  standing?: UnrankedNote & { relations?: string };
  definition: string;
  per10k?: string;
  /** Last year's value, with its year. */
  prev?: string;
}

/** Why a rate is not ranked: too small a base (样本太少) or a failed sum check, in words. */
export interface UnrankedNote {
  kind: 'tooFew' | 'sumFailed';
  text: string;
}

// Where a sentence figure stands: its sentence, the year it speaks of, and whether the words just
// before it speak of the whole jurisdiction (全市…) or of a part (市政府网站…, 领导信箱…, 市本级…).

/** A sentence ends at 。！？; or at a blank line (PDF text wraps lines mid-sentence, so not at \n). */
const SENTENCE_END = /[。！？!?]|\n\s*\n/g;

/**
 * Sentence boundaries of a text: offsets where sentences start. Found as far as they are asked
 * for (the scan goes on from where it stopped, so each is found once): the part of a report after
 * its last sentence figure is not scanned.
 */
export class Sentences {
  private readonly starts: number[] = [0];
  private readonly ends = new Map<number, number>();
  /** Where the scan for the next boundary starts; -1 when the text is scanned to its end. */
  private next = 0;

  constructor(private readonly text: string) {}

  /** Scans until a boundary after `at` is known (or the text ends). */
  private scanPast(at: number): void {
    while (this.next !== -1 && this.starts[this.starts.length - 1]! <= at) {
      SENTENCE_END.lastIndex = this.next;
      const m = SENTENCE_END.exec(this.text);
      if (m) {
        this.next = m.index + m[0].length;
        this.starts.push(this.next);
      } else this.next = -1;
    }
  }

  /** Index of the sentence holding `at`. */
  private indexOf(at: number): number {
    this.scanPast(at);
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Start offset of the sentence holding `at`. */
  startOf(at: number): number {
    return this.starts[this.indexOf(at)]!;
  }

  /** End offset (exclusive, before the punctuation) of the sentence holding `at`. */
  endOf(at: number): number {
    const i = this.indexOf(at);
    let end = this.ends.get(i);
    if (end !== undefined) return end;
    const start = this.starts[i]!;
    const next = this.starts[i + 1];
    if (next === undefined) end = this.text.length;
    else {
      // Back over the terminator that precedes the next sentence.
      end = next;
      while (end > start && /[。！？!?\s]/.test(this.text[end - 1]!)) end--;
    }
    this.ends.set(i, end);
    return end;
  }
}

export type ScopeMarker = 'whole' | 'part' | null;

/** Words that put what follows under the whole jurisdiction. */
const WHOLE = /全(?:省|市|县|区|旗|州)|各级各部门|全年共/g;
/** Words that put what follows under one channel or one part of the jurisdiction. */
const PART = /网站|门户|信箱|热线|市本级|县本级|区本级|本级政府|平台|代表(?:市|县|区)?政府|部门网站|其中[^，,；;]{0,10}(?:局|委|办|中心)/g;

/**
 * How far before a figure its scope words and year are looked for (within its sentence). Real
 * reports print them a clause or two before the figure; a bound keeps junk-filled "sentences" of
 * megabytes from being rescanned for every figure.
 */
export const LOOKBACK = 2000;

/** The marker nearest before `at` within its sentence (the one that governs the figure). */
export function nearestScope(text: string, sentence: number, at: number): ScopeMarker {
  const before = text.slice(Math.max(sentence, at - LOOKBACK), at);
  let last = -1;
  let kind: ScopeMarker = null;
  for (const [re, k] of [
    [WHOLE, 'whole'],
    [PART, 'part'],
  ] as const) {
    re.lastIndex = 0;
    for (const m of before.matchAll(re)) {
      if (m.index! > last) {
        last = m.index!;
        kind = k;
      }
    }
  }
  return kind;
}

/** The year the sentence speaks of before `at` (2020年，全市…), if any. Dates of a period are skipped. */
export function sentenceYear(text: string, sentence: number, at: number): number | null {
  const before = text.slice(Math.max(sentence, at - LOOKBACK), at);
  let year: number | null = null;
  for (const m of before.matchAll(/([12][0-9]{3})\s*年(?!\s*[0-9]{1,2}\s*月)/g)) year = Number(m[1]);
  return year;
}

// Reading one printed number: signs, thousands separators, decimals, and the units and counters
// reports print after it (33项, 152个, 25534.03万元, 44.18亿元). Decimal scaling is done on the digit
// string so 25534.03万元 is exactly 255340300, not 255340300.00000003.

export interface PrintedNumber {
  /** The value as printed, before any unit scaling. */
  value: number;
  /** Power of ten the printed unit multiplies by (万 → 4, 亿 → 8, none → 0). */
  exp: number;
  /** Whether the printed unit is money (元, 万元, 亿元). */
  money: boolean;
  /** Whether a unit word (元, 万元 ...) was printed; counters like 项 or 个 are not units. */
  hasUnit: boolean;
  sign: '' | '+' | '-';
  intDigits: string;
  fracDigits: string;
  /** Digits only (no sign, separator, decimal point or unit): a candidate for run-together splitting. */
  plainDigits: boolean;
}

const COUNTERS = '项个件条次家宗人份场篇期万亿元';

/**
 * Length of the number token starting at `i` in `s` (0 when none), with its unit/counter suffix.
 * Stops at `limit`.
 */
export function scanNumber(s: string, i: number, limit: number): number {
  let j = i;
  const c0 = s.charCodeAt(j);
  if (c0 === 0x2b || c0 === 0x2d) j++;
  const digitsStart = j;
  while (j < limit && isDigit(s.charCodeAt(j))) j++;
  if (j === digitsStart) return 0;
  // Thousands separators: only exactly three digits after each comma.
  while (j + 3 < limit + 0 && s.charCodeAt(j) === 0x2c && isDigit3(s, j + 1, limit) && !isDigit(s.charCodeAt(j + 4))) j += 4;
  // a comma before digits that are no group of three (1,1 of 1,180 wrapped in a narrow cell): the
  // whole run is one token, which no number reads, rather than a number that is not printed
  if (j + 1 < limit && s.charCodeAt(j) === 0x2c && isDigit(s.charCodeAt(j + 1))) {
    while (j < limit && (isDigit(s.charCodeAt(j)) || s.charCodeAt(j) === 0x2c)) j++;
    return j - i;
  }
  if (j + 1 < limit && s.charCodeAt(j) === 0x2e && isDigit(s.charCodeAt(j + 1))) {
    j += 1;
    while (j < limit && isDigit(s.charCodeAt(j))) j++;
  }
  // Unit and counter suffix: at most two characters (万元, 亿元, 项 ...).
  let k = 0;
  while (k < 2 && j < limit && COUNTERS.includes(s[j]!)) {
    j++;
    k++;
  }
  return j - i;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isDigit3(s: string, i: number, limit: number): boolean {
  return i + 3 <= limit && isDigit(s.charCodeAt(i)) && isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2));
}

const NUMBER_RE = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(万元|亿元|元|万|亿)?([项个件条次家宗人份场篇期]?)$/;

/** Parses a whole cell's text; null when it is not exactly one number. */
export function parseNumber(raw: string): PrintedNumber | null {
  if (/^\d+$/.test(raw)) {
    // the common case, without the general pattern
    return { value: Number(raw), exp: 0, money: false, hasUnit: false, sign: '', intDigits: raw, fracDigits: '', plainDigits: true };
  }
  const m = NUMBER_RE.exec(raw.trim());
  if (!m) return null;
  const sign = (m[1] ?? '') as '' | '+' | '-';
  const intDigits = m[2]!.replace(/,/g, '');
  const fracDigits = m[3] ?? '';
  const unit = m[4] ?? '';
  const exp = unit.startsWith('万') ? 4 : unit.startsWith('亿') ? 8 : 0;
  const value = Number(`${sign === '-' ? '-' : ''}${intDigits}${fracDigits ? `.${fracDigits}` : ''}`);
  return {
    value,
    exp,
    money: unit.endsWith('元'),
    hasUnit: unit !== '',
    sign,
    intDigits,
    fracDigits,
    plainDigits: sign === '' && !fracDigits && !unit && !m[5] && intDigits === m[2],
  };
}

/** The printed value times 10^exp, computed on the digit string. */
export function scaled(n: PrintedNumber, exp: number): number {
  if (exp <= 0) return n.value;
  const frac = n.fracDigits;
  const digits = frac.length <= exp ? n.intDigits + frac.padEnd(exp, '0') : `${n.intDigits}${frac.slice(0, exp)}.${frac.slice(exp)}`;
  const v = Number(digits);
  return n.sign === '-' ? -v : v;
}

/** Cells that stand for "nothing" and must be kept apart from 0. */
export function isPlaceholder(raw: string): boolean {
  return /^(?:\/+|\\|-{1,3}|—{1,3}|–{1,3}|无|空|\*)$/.test(raw.trim());
}

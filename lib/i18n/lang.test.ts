import { describe, expect, it } from 'vitest';
import { parseLang, withLang } from './lang';
import { formatDerived, formatNumber, formatPercent } from './format';

describe('lang', () => {
  it('defaults to zh on anything unknown', () => {
    expect(parseLang(undefined)).toBe('zh');
    expect(parseLang('fr')).toBe('zh');
    expect(parseLang(['en', 'zh'])).toBe('en');
  });

  it('keeps the rest of the URL when toggling the language', () => {
    expect(withLang('/compare?j=a,b&y=2020', 'en')).toBe('/compare?j=a,b&y=2020&lang=en');
    expect(withLang('/compare?lang=en&y=2020#chart', 'zh')).toBe('/compare?y=2020#chart');
    expect(withLang('/', 'zh')).toBe('/');
  });
});

describe('format', () => {
  it('prints missing as a dash, never 0', () => {
    expect(formatDerived(null, 'count', 'zh')).toBe('无法计算');
    expect(formatDerived(undefined, 'ratio', 'en')).toBe('not computed');
    expect(formatDerived(0.5, 'ratio', 'en')).toBe('50.0%');
    expect(formatNumber(0, 'zh')).toBe('0');
    expect(formatNumber(3517, 'en')).toBe('3,517');
    expect(formatPercent(351 / 813, 'zh')).toBe('43.2%');
  });
});

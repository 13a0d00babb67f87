import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMPOSITIONS } from '@/lib/figures/compositions';
import { FIGURES } from '@/lib/figures/keys';
import { RATES } from '@/lib/figures/rates';
import { CHART_KINDS } from './chart-kinds';
import { DEFAULT_VIEW, MAX_JURISDICTIONS, type CompareView } from './compare-params';
import { LEVELS } from './params';
import { parseCompareParams, readCompareParams } from './parse-compare-params';
import { compareQueryString } from './serialize-compare-params';
import { withDataVersion } from './query-string';

const parseQuery = (query: string) => parseCompareParams(readCompareParams(new URLSearchParams(query)));

describe('parseCompareParams', () => {
  it('reads a readable URL', () => {
    const { view, notices } = parseQuery('j=fuyang-anhui,yiyang-jiangxi&y=2020&m=applications.new.total&chart=bar&lang=en');
    expect(notices).toEqual([]);
    expect(view).toEqual({
      ...DEFAULT_VIEW,
      jurisdictions: ['fuyang-anhui', 'yiyang-jiangxi'],
      years: { from: 2020, to: 2020 },
      lang: 'en',
    });
  });

  it('reads ranges, rates, compositions, provinces and per-capita', () => {
    const { view, notices } = parseQuery(
      'province=安徽省&level=prefecture&y=2018-2022&m=disclosure-rate&c=denied-reasons&chart=line&per=10k',
    );
    expect(notices).toEqual([]);
    expect(view).toMatchObject({
      province: '安徽省',
      level: 'prefecture',
      years: { from: 2018, to: 2022 },
      measure: { kind: 'rate', id: 'disclosure-rate' },
      composition: 'denied-reasons',
      chart: 'line',
      per10k: true,
    });
  });

  it('turns each unusable value into a notice and falls back to the default', () => {
    const { view, notices } = parseQuery('j=fuyang-anhui,<script>,&y=20x0&m=nope.key&chart=pie&per=1k&lang=fr&c=x');
    expect(view).toEqual({ ...DEFAULT_VIEW, jurisdictions: ['fuyang-anhui'] });
    expect(notices.map((n) => [n.param, n.reason])).toEqual([
      ['j', 'bad-slug'],
      ['y', 'bad-year'],
      ['m', 'unknown-measure'],
      ['c', 'unknown-composition'],
      ['chart', 'unknown-chart'],
      ['per', 'bad-per'],
      ['lang', 'bad-lang'],
    ]);
  });

  it('rejects reversed and out-of-range years', () => {
    expect(parseQuery('y=2022-2018').notices[0]?.reason).toBe('bad-year');
    expect(parseQuery('y=0001').notices[0]?.reason).toBe('bad-year');
  });

  it('caps the number of jurisdictions', () => {
    const many = Array.from({ length: MAX_JURISDICTIONS + 5 }, (_, i) => `place-${i}`).join(',');
    const { view, notices } = parseQuery(`j=${many}`);
    expect(view.jurisdictions).toHaveLength(MAX_JURISDICTIONS);
    expect(notices[0]?.reason).toBe('too-many');
  });

  it('writes only non-default values', () => {
    expect(compareQueryString(DEFAULT_VIEW)).toBe('');
    expect(compareQueryString({ ...DEFAULT_VIEW, jurisdictions: ['a', 'b-c'], years: { from: 2020, to: 2020 } })).toBe('?j=a,b-c&y=2020');
  });
});

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const year = fc.integer({ min: 1990, max: 2100 });
const measure = fc.oneof(
  fc.constantFrom(...FIGURES.map((f) => ({ kind: 'figure' as const, key: f.key }))),
  fc.constantFrom(...RATES.map((r) => ({ kind: 'rate' as const, id: r.id }))),
);
const view: fc.Arbitrary<CompareView> = fc
  .record({
    jurisdictions: fc.uniqueArray(slug, { maxLength: 12 }),
    province: fc.option(fc.constantFrom('安徽省', '浙江省', 'Jiangxi'), { nil: null }),
    level: fc.option(fc.constantFrom(...LEVELS), { nil: null }),
    years: fc.option(
      fc.tuple(year, year).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
      { nil: null },
    ),
    measure,
    composition: fc.constantFrom(...COMPOSITIONS.map((c) => c.id)),
    chart: fc.constantFrom(...CHART_KINDS),
    per10k: fc.boolean(),
    lang: fc.constantFrom('zh' as const, 'en' as const),
  })
  .map((v) => ({ ...v, level: v.province === null ? null : v.level }));

describe('properties', () => {
  it('any query string parses without throwing, and its view round-trips through the URL', () => {
    const names = fc.constantFrom('j', 'province', 'level', 'y', 'm', 'c', 'chart', 'per', 'lang', 'x');
    const query = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc
        .array(fc.tuple(names, fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 10 })
        .map((pairs) => new URLSearchParams(pairs).toString()),
    );
    fc.assert(
      fc.property(query, (q) => {
        const first = parseQuery(q);
        const again = parseQuery(compareQueryString(first.view));
        expect(again.notices).toEqual([]);
        expect(again.view).toEqual(first.view);
      }),
      { numRuns: 500 },
    );
  });

  it('every view survives serialise then parse unchanged', () => {
    fc.assert(
      fc.property(view, (v) => {
        const { view: back, notices } = parseQuery(compareQueryString(v));
        expect(notices).toEqual([]);
        expect(back).toEqual(v);
      }),
      { numRuns: 500 },
    );
  });
});

describe('compare params, edge by edge', () => {
  it('keeps slugs of up to 80 characters, lowercased', () => {
    const slug80 = `a${'-b'.repeat(39)}0`;
    expect(slug80).toHaveLength(80);
    expect(parseQuery(`j=${slug80}`).view.jurisdictions).toEqual([slug80]);
    expect(parseQuery(`j=${slug80}1`).notices).toEqual([{ param: 'j', raw: `${slug80}1`, reason: 'bad-slug' }]);
    expect(parseQuery('j=Fuyang-341200,fuyang-341200').view.jurisdictions).toEqual(['fuyang-341200']);
  });

  it('treats empty values as absent: no notice', () => {
    expect(parseQuery('per=&m=&c=&chart=&y=&lang=&province=&level=&j=&v=')).toEqual({ view: DEFAULT_VIEW, notices: [], cited: null });
  });

  it('reads the cited data version apart from the view, and names a bad one', () => {
    expect(parseQuery('j=fuyang-341200&v=12')).toMatchObject({ view: { jurisdictions: ['fuyang-341200'] }, notices: [], cited: 12 });
    expect(parseQuery('j=fuyang-341200&v=12').view).toEqual(parseQuery('j=fuyang-341200').view);
    for (const bad of ['0', '-1', 'x', '1.5', '99999999999']) {
      expect(parseQuery(`v=${bad}`)).toEqual({
        view: DEFAULT_VIEW,
        notices: [{ param: 'v', raw: bad, reason: 'bad-version' }],
        cited: null,
      });
    }
    expect(withDataVersion('/compare', 3)).toBe('/compare?v=3');
    expect(withDataVersion('/compare?j=a-1', 3)).toBe('/compare?j=a-1&v=3');
  });

  it('keeps a level only with a province, and says nothing of a bad level without one', () => {
    expect(parseQuery('level=county').view.level).toBeNull();
    expect(parseQuery('level=city')).toEqual({ view: DEFAULT_VIEW, notices: [], cited: null });
    expect(parseQuery('province=江西省&level=county').view).toMatchObject({ province: '江西省', level: 'county' });
    expect(parseQuery('province=江西省&level=city').notices).toEqual([{ param: 'level', raw: 'city', reason: 'bad-level' }]);
    expect(parseQuery('province=江西省&level=city&y=x').notices.map((n) => n.param)).toEqual(['level', 'y']);
  });
});

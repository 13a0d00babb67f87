// The officers' views are shareable by URL: /coverage and /p/<province-slug> read back exactly the
// view their links write, and fall back with a notice on garbage.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROVINCE_NAMES } from '@/lib/places';
import { PEER_MEASURES } from '@/lib/peers';
import { coverageHref, parseCoverageParams, type CoverageView } from './coverage-params';
import { LEVELS } from './params';
import { DEFAULT_PROVINCE_MEASURE, parseProvinceParams, provinceHref, type ProvinceView } from './province-params';

const query = (href: string) => new URLSearchParams(href.split('?')[1] ?? '');
const lang = fc.constantFrom('zh' as const, 'en' as const);
const year = fc.option(fc.integer({ min: 2008, max: 2030 }), { nil: null });

describe('/coverage in the URL', () => {
  it('reads back the view its link writes', () => {
    const view = fc.record<CoverageView>({
      province: fc.option(fc.constantFrom(...PROVINCE_NAMES), { nil: null }),
      year,
      page: fc.integer({ min: 1, max: 10_000 }),
      lang,
    });
    fc.assert(
      fc.property(view, (v) => {
        const href = coverageHref(v);
        expect(href.startsWith('/coverage')).toBe(true);
        expect(parseCoverageParams(query(href))).toEqual({ view: v, notices: [] });
      }),
    );
  });

  it('the default view is the bare address; the CSV link carries the province', () => {
    expect(coverageHref({ province: null, year: null, page: 1, lang: 'zh' })).toBe('/coverage');
    expect(coverageHref({ province: '江苏省' }, '/coverage/export')).toBe(`/coverage/export?province=${encodeURIComponent('江苏省')}`);
  });

  it('garbage falls back with a notice naming the parameter; the rest is kept', () => {
    const { view, notices } = parseCoverageParams(new URLSearchParams('province=江苏省&y=20x4&page=0&lang=fr'));
    expect(view).toEqual({ province: '江苏省', year: null, page: 1, lang: 'zh' });
    expect(notices.map((n) => n.param).sort()).toEqual(['lang', 'page', 'y']);
  });
});

describe('/p/<province-slug> in the URL', () => {
  it('reads back the view its link writes', () => {
    const view = fc.record<ProvinceView>({
      year,
      measure: fc.constantFrom(...PEER_MEASURES.map((m) => m.id)),
      level: fc.option(fc.constantFrom(...LEVELS), { nil: null }),
      lang,
    });
    fc.assert(
      fc.property(view, fc.stringMatching(/^[a-z]{2,12}-\d{2}0000$/), (v, slug) => {
        const href = provinceHref(slug, v);
        expect(href.startsWith(`/p/${slug}`)).toBe(true);
        expect(parseProvinceParams(query(href))).toEqual({ view: v, notices: [] });
      }),
    );
    expect(provinceHref('jiangsu-320000', { measure: DEFAULT_PROVINCE_MEASURE, lang: 'zh' })).toBe('/p/jiangsu-320000');
  });

  it('an unknown measure or level falls back to the default with a notice', () => {
    const { view, notices } = parseProvinceParams(new URLSearchParams('m=happiness&level=galaxy&y=2024'));
    expect(view).toEqual({ year: 2024, measure: DEFAULT_PROVINCE_MEASURE, level: null, lang: 'zh' });
    expect(notices.map((n) => n.param).sort()).toEqual(['level', 'm']);
  });
});

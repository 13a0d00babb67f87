// The URL-state toolkit itself (params.ts, query-string.ts, chart-kinds.ts) and the home page's
// parameters, on the values real addresses carry: the bundled places' slugs (fuyang-341200,
// hongze-320813), their report years (2017, 2020, 2022–2024), provinces as stored (安徽省).
import { describe, expect, it } from 'vitest';
import { CHART_KIND_TRAITS, CHART_KINDS, chartTraits } from './chart-kinds';
import { parseHomeParams } from './home-params';
import { jurisdictionHref, MAX_ID } from './jurisdiction-params';
import {
  listOf,
  MAX_PARAM_LENGTH,
  parseFlag,
  parseMeasure,
  parseParams,
  parseProvince,
  parseYear,
  parseYears,
  positiveInt,
  readParams,
  valid,
  invalid,
  missing,
  valueOr,
} from './params';
import { queryString } from './query-string';
import { parseReportParams, reportHref } from './report-params';

describe('readParams', () => {
  it('takes the first value of a name, all values of a list joined, and leaves out the absent', () => {
    const query = new URLSearchParams('j=fuyang-341200&j=hongze-320813&y=2020&y=2021&x=1');
    expect(readParams(query, ['j', 'y', 'm'])).toEqual({ j: 'fuyang-341200', y: '2020' });
    expect(readParams(query, ['j', 'y'], ['j'])).toEqual({ j: 'fuyang-341200,hongze-320813', y: '2020' });
    // Next's searchParams: a string, or an array when the name repeats.
    expect(readParams({ j: ['a', 'b'], y: '2020', m: undefined }, ['j', 'y', 'm'], ['j'])).toEqual({ j: 'a,b', y: '2020' });
    expect(readParams({ j: ['a', 'b'] }, ['j'])).toEqual({ j: 'a' });
    expect(readParams({ j: ['a'] }, ['j'], ['j'])).toEqual({ j: 'a' });
    expect(readParams({ j: [] }, ['j'], ['j'])).toEqual({});
    expect(readParams({ y: '' }, ['y'])).toEqual({ y: '' });
  });
});

describe('parseParams', () => {
  const parsers = { y: parseYears, p: parseProvince, f: parseFlag };

  it('refuses a value over the length limit unread, and quotes at most 120 characters of it', () => {
    const long = `2020${'0'.repeat(MAX_PARAM_LENGTH)}`;
    const { parsed, notices } = parseParams({ y: long }, parsers);
    expect(parsed.y).toEqual({ kind: 'invalid', raw: long, reason: 'too-long' });
    expect(notices).toEqual([{ param: 'y', raw: long.slice(0, 120), reason: 'too-long' }]);
    // A value of exactly the limit is read by its parser.
    expect(parseParams({ f: 'x'.repeat(MAX_PARAM_LENGTH) }, parsers).notices[0]!.reason).toBe('bad-flag');
  });

  it('gives notices in parameter order, and one per dropped part of a list', () => {
    const withList = { j: listOf((s) => (/^[a-z0-9-]+$/.test(s) ? valid(s) : invalid<string>(s, 'bad-slug')), 2), ...parsers };
    const { parsed, notices } = parseParams({ f: 'yes', j: 'fuyang-341200,安徽,hongze-320813,yiyang-361126', y: '2020' }, withList);
    expect(parsed.j).toEqual({
      kind: 'valid',
      value: ['fuyang-341200', 'hongze-320813'],
      dropped: [
        { raw: '安徽', reason: 'bad-slug' },
        { raw: 'yiyang-361126', reason: 'too-many' },
      ],
    });
    expect(notices).toEqual([
      { param: 'j', raw: '安徽', reason: 'bad-slug' },
      { param: 'j', raw: 'yiyang-361126', reason: 'too-many' },
      { param: 'f', raw: 'yes', reason: 'bad-flag' },
    ]);
    expect(parsed.y).toEqual({ kind: 'valid', value: { from: 2020, to: 2020 } });
    expect(parsed.p).toEqual({ kind: 'missing' });
  });

  it('valueOr takes the value only when valid', () => {
    expect(valueOr(valid(2020), null)).toBe(2020);
    expect(valueOr(invalid('x', 'bad-year'), null)).toBeNull();
    expect(valueOr(missing(), 'zh')).toBe('zh');
  });
});

describe('parsers', () => {
  it('years: one or a range of four-digit years from 1990 to 2100, in order', () => {
    expect(parseYears('2017')).toEqual(valid({ from: 2017, to: 2017 }));
    expect(parseYears('2022-2024')).toEqual(valid({ from: 2022, to: 2024 }));
    expect(parseYears('1990-2100')).toEqual(valid({ from: 1990, to: 2100 }));
    expect(parseYears('2023-2023')).toEqual(valid({ from: 2023, to: 2023 }));
    for (const bad of ['1989', '2101', '2020-2101', '1989-2020', '2024-2022', '20201', '2020-', ' 2020', '2020 ', '二〇二〇']) {
      expect(parseYears(bad), bad).toEqual(invalid(bad, 'bad-year'));
    }
    expect(parseYears('')).toEqual(missing());
    expect(parseYears(undefined)).toEqual(missing());
  });

  it('year: one year only', () => {
    expect(parseYear('2024')).toEqual(valid(2024));
    expect(parseYear('2022-2024')).toEqual(invalid('2022-2024', 'bad-year'));
    expect(parseYear('20x0')).toEqual(invalid('20x0', 'bad-year'));
    expect(parseYear(undefined)).toEqual(missing());
  });

  it('province: trimmed, at most 40 characters', () => {
    expect(parseProvince(' 安徽省 ')).toEqual(valid('安徽省'));
    expect(parseProvince('   ')).toEqual(missing());
    expect(parseProvince(undefined)).toEqual(missing());
    expect(parseProvince('省'.repeat(40))).toEqual(valid('省'.repeat(40)));
    expect(parseProvince(` ${'省'.repeat(41)}`)).toEqual(invalid(` ${'省'.repeat(41)}`, 'too-long'));
  });

  it('positive whole numbers up to the maximum, both bounds included', () => {
    const page = positiveInt(100, 'bad-page');
    expect(page('1')).toEqual(valid(1));
    expect(page('100')).toEqual(valid(100));
    expect(page('007')).toEqual(valid(7));
    for (const bad of ['0', '101', '-1', '1.0', '1e2', ' 1', 'x']) expect(page(bad), bad).toEqual(invalid(bad, 'bad-page'));
    expect(positiveInt(2 ** 31 - 1, 'bad-id')('9999999999')).toEqual(invalid('9999999999', 'bad-id'));
    expect(positiveInt(1e12, 'bad-id')('12345678901')).toEqual(invalid('12345678901', 'bad-id'));
    expect(page('')).toEqual(missing());
  });

  it('flag: 1 is on; absent or empty is off', () => {
    expect(parseFlag('1')).toEqual(valid(true));
    expect(parseFlag('true')).toEqual(invalid('true', 'bad-flag'));
    expect(parseFlag('')).toEqual(missing());
  });

  it('measure: a figure key or a rate id', () => {
    expect(parseMeasure('results.denied.thirdParty.natural')).toEqual(valid({ kind: 'figure', key: 'results.denied.thirdParty.natural' }));
    expect(parseMeasure('disclosure-rate')).toEqual(valid({ kind: 'rate', id: 'disclosure-rate' }));
    expect(parseMeasure('applications.new')).toEqual(invalid('applications.new', 'unknown-measure'));
    expect(parseMeasure('')).toEqual(missing());
  });

  it('listOf: trimmed parts kept once in order, by the key given; nothing usable is missing', () => {
    const years = listOf(parseYear, 3, String);
    expect(years(' 2020 ,2017,,2020')).toEqual(valid([2020, 2017]));
    expect(years('2020,2021,2022,2023,2024')).toEqual(valid([2020, 2021, 2022], [{ raw: '2023,2024', reason: 'too-many' }]));
    expect(years(',, ,')).toEqual(missing());
    expect(years(undefined)).toEqual(missing());
    expect(years('x,2020')).toEqual(valid([2020], [{ raw: 'x', reason: 'bad-year' }]));
    expect(years('x')).toEqual(valid([], [{ raw: 'x', reason: 'bad-year' }]));
    // Parts that are the same by key (a slug in two cases) are kept once.
    const lower = listOf(
      (s: string) => valid(s),
      5,
      (s) => s.toLowerCase(),
    );
    expect(lower('Fuyang-341200,fuyang-341200')).toEqual(valid(['Fuyang-341200']));
    // A part that is missing (not invalid) is skipped.
    expect(listOf(() => missing<string>(), 5)('a,b')).toEqual(missing());
  });
});

describe('queryString', () => {
  it('writes the given parameters in order, keeps commas and dots readable, and is empty for none', () => {
    expect(queryString({ j: 'fuyang-341200,hongze-320813', m: 'results.granted.total', y: undefined, province: '安徽省' })).toBe(
      '?j=fuyang-341200,hongze-320813&m=results.granted.total&province=%E5%AE%89%E5%BE%BD%E7%9C%81',
    );
    expect(queryString({})).toBe('');
    expect(queryString({ y: undefined })).toBe('');
    expect(queryString({ q: 'a&b=c' })).toBe('?q=a%26b%3Dc');
  });
});

describe('chart kinds', () => {
  it('bar and stacked draw one year, line the range; stacked reads a composition', () => {
    expect(CHART_KINDS).toEqual(['bar', 'line', 'stacked']);
    expect(chartTraits('bar')).toEqual({ years: 'one', reads: 'measure' });
    expect(chartTraits('line')).toEqual({ years: 'range', reads: 'measure' });
    expect(chartTraits('stacked')).toEqual({ years: 'one', reads: 'composition' });
    expect(chartTraits('line')).toBe(CHART_KIND_TRAITS.line);
  });
});

describe('home params', () => {
  it('shows the last year of a range, Chinese by default, garbage as notices', () => {
    expect(parseHomeParams(new URLSearchParams('y=2020-2024&lang=en'))).toEqual({ view: { year: 2024, lang: 'en' }, notices: [] });
    expect(parseHomeParams({})).toEqual({ view: { year: null, lang: 'zh' }, notices: [] });
    expect(parseHomeParams({ y: '2024-2020', lang: 'fr' })).toEqual({
      view: { year: null, lang: 'zh' },
      notices: [
        { param: 'y', raw: '2024-2020', reason: 'bad-year' },
        { param: 'lang', raw: 'fr', reason: 'bad-lang' },
      ],
    });
  });
});

describe('jurisdiction links', () => {
  it('name the report over the year, the language only when not Chinese, and escape the slug', async () => {
    expect(jurisdictionHref('hongze-320813')).toBe('/j/hongze-320813');
    expect(jurisdictionHref('hongze-320813', { reportId: 6, year: 2024, lang: 'zh' })).toBe('/j/hongze-320813?report=6');
    expect(jurisdictionHref('hongze-320813', { year: 2024, lang: 'en' })).toBe('/j/hongze-320813?y=2024&lang=en');
    expect(jurisdictionHref('a b/c')).toBe('/j/a%20b%2Fc');
    expect(MAX_ID).toBe(2_147_483_647);
  });
});

describe('report links', () => {
  it('name the figure over the issue, the language only when not Chinese, and read back as they were written', () => {
    expect(reportHref(9)).toBe('/reports/9');
    expect(reportHref(9, { figure: 'applications.new.total', issue: 3, lang: 'en' })).toBe(
      '/reports/9?figure=applications.new.total&lang=en',
    );
    expect(reportHref(9, { figure: null, issue: 3, lang: 'zh' })).toBe('/reports/9?issue=3');
    const href = reportHref(9, { figure: 'results.total.natural', lang: 'en' });
    expect(parseReportParams(new URL(href, 'http://x').searchParams).view).toStrictEqual({
      figure: 'results.total.natural',
      issue: null,
      lang: 'en',
    });
  });
});

describe('toolkit edges', () => {
  it('leaves an absent name out entirely, and keeps a single value of a list as it is', () => {
    expect(readParams({ j: undefined, y: '2020' }, ['j', 'y'], ['j'])).toStrictEqual({ y: '2020' });
    expect(readParams(new URLSearchParams('j=fuyang-341200'), ['j', 'm'], ['j'])).toStrictEqual({ j: 'fuyang-341200' });
  });

  it('refuses a control character before any parser reads the value', () => {
    const { parsed, notices } = parseParams({ y: '2020\u0000' }, { y: parseYears });
    expect(parsed.y).toEqual({ kind: 'invalid', raw: '2020\u0000', reason: 'bad-text' });
    expect(notices).toMatchObject([{ param: 'y', reason: 'bad-text' }]);
  });

  it('listOf: exactly `max` parts drop nothing; a part of spaces is skipped, not refused', () => {
    const years = listOf(parseYear, 3, String);
    expect(years('2020,2021,2022')).toStrictEqual({ kind: 'valid', value: [2020, 2021, 2022] });
    const slugs = listOf((s: string) => (s === '' ? invalid<string>(s, 'bad-slug') : valid(s)), 3);
    expect(slugs('fuyang-341200,  ,hongze-320813')).toStrictEqual({ kind: 'valid', value: ['fuyang-341200', 'hongze-320813'] });
  });
});

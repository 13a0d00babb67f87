import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jurisdictionHref, parseJurisdictionParams } from './jurisdiction-params';
import { parseReportId, parseReportParams } from './report-params';
import {
  canonicalTableRedirect,
  DEFAULT_COLUMNS,
  DEFAULT_TABLE_VIEW,
  parseTableParams,
  readTableParams,
  serializeTableParams,
  tableHref,
} from './table-params';

describe('parseTableParams', () => {
  it('reads a full view', () => {
    const { view, notices } = parseTableParams(
      readTableParams(
        new URLSearchParams(
          'y=2020&cols=applications.new.total,disclosure-rate&sort=applications.new.total&province=安徽省&level=prefecture&scope=aggregate&failed=1&check=sums&page=3&lang=en',
        ),
      ),
    );
    expect(notices).toEqual([]);
    expect(view).toEqual({
      year: 2020,
      columns: ['applications.new.total', 'disclosure-rate'],
      sort: 'applications.new.total',
      dir: 'desc',
      province: '安徽省',
      level: 'prefecture',
      scope: 'aggregate',
      failedOnly: true,
      failedCheck: 'sums',
      page: 3,
      lang: 'en',
    });
  });

  it('falls back with a notice on garbage and keeps what is usable', () => {
    const { view, notices } = parseTableParams({
      y: '20x0',
      cols: 'nope,review.total,<script>',
      sort: 'applications.new.total',
      dir: 'up',
      scope: 'x',
      page: '-1',
      failed: 'yes',
      check: 'health',
    });
    expect(view.year).toBeNull();
    expect(view.columns).toEqual(['review.total']);
    expect(view.sort).toBe('name');
    expect(view.page).toBe(1);
    expect(view.failedOnly).toBe(false);
    expect(view.failedCheck).toBeNull();
    expect(notices.map((n) => `${n.param}:${n.reason}`)).toEqual([
      'y:bad-year',
      'cols:unknown-column',
      'cols:unknown-column',
      'sort:bad-sort',
      'dir:bad-dir',
      'scope:bad-scope',
      'failed:bad-flag',
      'check:bad-check',
      'page:bad-page',
    ]);
  });

  it('never throws and round-trips through the URL', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('y', 'cols', 'sort', 'dir', 'province', 'level', 'scope', 'failed', 'check', 'page', 'lang'),
          fc.string(),
        ),
        (params) => {
          const { view } = parseTableParams(params);
          const again = parseTableParams(serializeTableParams(view));
          expect(again.view).toEqual(view);
          expect(again.notices).toEqual([]);
        },
      ),
    );
  });

  it('sends a submitted form to the canonical address, once', async () => {
    const form = { y: '2020', province: '', level: '', scope: '', dir: 'asc', cols: [...DEFAULT_COLUMNS] };
    expect(canonicalTableRedirect(form)).toBe('/table?y=2020');
    expect(canonicalTableRedirect(new URLSearchParams('y=2020&province=&dir=asc'))).toBe('/table?y=2020');
    expect(canonicalTableRedirect({ y: '2020' })).toBeNull();
    expect(canonicalTableRedirect(new URLSearchParams('y=2020'))).toBeNull();
    expect(canonicalTableRedirect({ sort: 'applications.new.total', province: '安徽省' })).toBeNull();
    // unusable values stay on the page that explains them
    expect(canonicalTableRedirect({ y: '2020', sort: '<script>', province: '' })).toBeNull();
  });

  it('joins the column checkboxes of a form', () => {
    expect(readTableParams(new URLSearchParams('cols=review.total&cols=disclosure-rate&y=2020&y=2021')).cols).toBe(
      'review.total,disclosure-rate',
    );
    expect(readTableParams({ cols: ['review.total', 'litigation.total'], y: ['2020', '2021'] })).toEqual({
      cols: 'review.total,litigation.total',
      y: '2020',
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(tableHref(DEFAULT_TABLE_VIEW)).toBe('/table');
    expect(tableHref({ ...DEFAULT_TABLE_VIEW, year: 2020, sort: 'applications.new.total', dir: 'desc' })).toBe(
      '/table?y=2020&sort=applications.new.total',
    );
    expect(serializeTableParams({ ...DEFAULT_TABLE_VIEW, columns: [...DEFAULT_COLUMNS] }).cols).toBeUndefined();
  });
});

describe('jurisdiction params', () => {
  it('reads the report id and the language, total on garbage', () => {
    expect(parseJurisdictionParams({ report: '12', lang: 'en' })).toEqual({ view: { reportId: 12, year: null, lang: 'en' }, notices: [] });
    expect(parseJurisdictionParams({ y: '2023' }).view).toEqual({ reportId: null, year: 2023, lang: 'zh' });
    expect(parseJurisdictionParams({ report: ['x1'], y: '2020-2021', lang: 'fr' }).notices.map((n) => n.reason)).toEqual([
      'bad-id',
      'bad-year',
      'bad-lang',
    ]);
    expect(jurisdictionHref('hongze-320813', { year: 2023 })).toBe('/j/hongze-320813?y=2023');
    expect(jurisdictionHref('fuyang-anhui', { reportId: 3, lang: 'en' })).toBe('/j/fuyang-anhui?report=3&lang=en');
  });
});

describe('report params', () => {
  it('keeps a known figure key and an issue id, ignores garbage', async () => {
    expect(parseReportParams({ figure: 'active.penalty.decisions', issue: '4', lang: 'en' })).toEqual({
      view: { figure: 'active.penalty.decisions', issue: 4, lang: 'en' },
      notices: [],
    });
    const bad = parseReportParams({ figure: '<script>', issue: '-3' });
    expect(bad.view).toEqual({ figure: null, issue: null, lang: 'zh' });
    expect(bad.notices.map((n) => n.param)).toEqual(['figure', 'issue']);
    expect(parseReportId('12')).toBe(12);
    expect(parseReportId('1e3')).toBeNull();
    expect(parseReportId('0')).toBeNull();
  });
});

describe('table params, every field', () => {
  const full = {
    ...DEFAULT_TABLE_VIEW,
    year: 2023,
    columns: ['review.total', 'disclosure-rate'],
    sort: 'disclosure-rate',
    dir: 'asc' as const,
    province: '江苏省',
    level: 'district' as const,
    scope: 'agency' as const,
    failedOnly: true,
    page: 2,
    lang: 'en' as const,
  };

  it('writes each field that differs from the defaults, and reads it back', () => {
    expect(serializeTableParams(full)).toEqual({
      y: '2023',
      cols: 'review.total,disclosure-rate',
      sort: 'disclosure-rate',
      dir: 'asc',
      province: '江苏省',
      level: 'district',
      scope: 'agency',
      failed: '1',
      page: '2',
      lang: 'en',
    });
    expect(parseTableParams(serializeTableParams(full))).toEqual({ view: full, notices: [], cited: null });
    expect(tableHref(full, '/table/export.csv')).toMatch(/^\/table\/export\.csv\?y=2023&cols=review\.total,disclosure-rate&sort=/);
    // A sort's natural direction is not written: names A→Z, numbers largest first.
    expect(serializeTableParams({ ...DEFAULT_TABLE_VIEW, sort: 'checks', dir: 'desc' })).toEqual({ sort: 'checks' });
    expect(serializeTableParams({ ...DEFAULT_TABLE_VIEW, dir: 'desc' })).toEqual({ dir: 'desc' });
  });

  it('treats an empty sort as absent, and quotes at most 120 characters of a bad one', () => {
    expect(parseTableParams({ sort: '' })).toEqual({ view: DEFAULT_TABLE_VIEW, notices: [], cited: null });
    const long = `x${'y'.repeat(300)}`;
    expect(parseTableParams({ sort: long }).notices).toEqual([{ param: 'sort', raw: long.slice(0, 120), reason: 'bad-sort' }]);
  });

  it('redirects a form that repeats a field to the one canonical address', async () => {
    const input = { y: ['2023', '2024'], lang: 'en', failed: undefined };
    expect(canonicalTableRedirect(input)).toBe('/table?y=2023&lang=en');
    expect(canonicalTableRedirect({ y: '2023', lang: 'en' })).toBeNull();
    expect(canonicalTableRedirect({ y: '2023', lang: 'en', failed: undefined })).toBeNull();
    expect(canonicalTableRedirect({})).toBeNull();
    expect(canonicalTableRedirect({ lang: '' })).toBe('/table');
    // A cited data version stays in the canonical address.
    expect(parseTableParams(readTableParams({ y: '2023', v: '7' })).cited).toBe(7);
    expect(canonicalTableRedirect({ y: '2023', v: '7', lang: '' })).toBe('/table?y=2023&v=7');
    expect(canonicalTableRedirect({ y: '2023', v: '7' })).toBeNull();
  });
});

describe('report params, every field', () => {
  it('reads an empty figure as absent and names what was wrong', async () => {
    expect(parseReportParams({ figure: '', issue: '' })).toEqual({ view: { figure: null, issue: null, lang: 'zh' }, notices: [] });
    expect(parseReportParams({})).toEqual({ view: { figure: null, issue: null, lang: 'zh' }, notices: [] });
    expect(parseReportParams({ figure: 'review', issue: '0' }).notices).toEqual([
      { param: 'figure', raw: 'review', reason: 'unknown-measure' },
      { param: 'issue', raw: '0', reason: 'bad-id' },
    ]);
  });
});

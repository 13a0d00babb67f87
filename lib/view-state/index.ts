// URL state of the dashboard's views: the toolkit (params.ts) and each page's parameters.

export * from './chart-kinds';
export * from './compare-params';
export * from './params';
export * from './query-string';
export { COMPARE_PARAM_NAMES, COMPARE_PARSERS, parseCompareParams, readCompareParams, type CompareNotice } from './parse-compare-params';
export { compareHref, compareQueryString, measureParam, serializeCompareParams } from './serialize-compare-params';

// URL state of the dashboard's views. See compare-params.ts for the /compare parameters.

export * from './compare-params';
export * from './param-result';
export { parseCompareParams, pickCompareParams, type ParamNotice } from './parse-compare-params';
export { compareHref, compareQueryString, measureParam, serializeCompareParams } from './serialize-compare-params';

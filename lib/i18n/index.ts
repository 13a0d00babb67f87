// UI text in zh and en. See define.ts for the pattern every messages file follows.

export { DEFAULT_LANG, LANG_PARAM, LANGS, htmlLang, isLang, parseLang, withLang, type Lang } from './lang';
export { defineMessages, type Messages } from './define';
export { formatDerived, formatNumber, formatPercent, formatValue, notComputedText, type ValueUnit } from './format';
export { commonMessages } from './messages/common';

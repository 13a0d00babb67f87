// Messages of the quality checks (体检) panel, /coverage, the peer panel and the province view.

import { defineMessages } from '../define';

export const qualityMessages = defineMessages(
  {
    title: '报告体检',
    status: { pass: '通过', fail: '未通过', na: '不适用', unknown: '无法判断' },
    summary: (passed: number, decided: number) => `${passed}/${decided} 项通过`,
    failedNamed: (names: string) => `未通过:${names}`,
    unknownCount: (n: number) => `${n} 项无法判断`,
    notChecked: '尚未体检',
    previous: '对照的上年报告',
    filterLabel: '体检',
    failedCheck: (name: string) => `未通过“${name}”`,
    cell: (passed: number, decided: number) => `${passed}/${decided}`,
    base: (label: string, base: string) => `基数:${label} ${base}`,
    tooFew: '样本太少,不参与排名',
    sumFailed: '所用数字勾稽不符,不参与排名',
  },
  {
    title: 'Quality check',
    status: { pass: 'Pass', fail: 'Fail', na: 'Not applicable', unknown: 'Cannot tell' },
    summary: (passed: number, decided: number) => `${passed}/${decided} checks passed`,
    failedNamed: (names: string) => `Failed: ${names}`,
    unknownCount: (n: number) => `${n} cannot be decided`,
    notChecked: 'not checked yet',
    previous: 'Last year’s report compared',
    filterLabel: 'Quality check',
    failedCheck: (name: string) => `Failed "${name}"`,
    cell: (passed: number, decided: number) => `${passed}/${decided}`,
    base: (label: string, base: string) => `base: ${label} ${base}`,
    tooFew: 'too few to rank',
    sumFailed: 'not ranked: its figures fail a sum check',
  },
);

// The README of a data download, in the view's language, from its metadata: what the files are,
// the data version, how to cite, the licence, the notation, each figure and rate, and the sources.

import type { PackageMetadata } from './metadata';

const WORDS = {
  zh: {
    files: '文件',
    version: (v: number, at: string, got: string) => `数据版本 ${v},最后更新 ${at};下载于 ${got}。`,
    view: '在线查看',
    cite: '引用',
    plain: '一般格式',
    gbt: 'GB/T 7714 格式',
    licence: '许可',
    notation: '没有数字的格子(从不记作 0)',
    provenance: '出处一栏',
    figures: '数字的定义',
    rates: '比率的定义',
    then: ';',
    rateLine: (num: string, den: string, min: number) =>
      den ? `分子 ${num};分母 ${den};分母少于 ${min} 时样本太少,不参与排名。` : `相加的数字:${num}。`,
    sources: '来源报告',
    original: '原文',
    uploaded: '上传的文件',
  },
  en: {
    files: 'Files',
    version: (v: number, at: string, got: string) => `Data version ${v}, last changed ${at}; downloaded ${got}.`,
    view: 'View online',
    cite: 'How to cite',
    plain: 'Plain',
    gbt: 'GB/T 7714',
    licence: 'Licence',
    notation: 'Cells without a number (never 0)',
    provenance: 'The provenance columns',
    figures: 'What each figure is',
    rates: 'What each rate is',
    then: '; ',
    rateLine: (num: string, den: string, min: number) =>
      den ? `numerator ${num}; denominator ${den}; not ranked on a denominator below ${min}.` : `the sum of ${num}.`,
    sources: 'Source reports',
    original: 'original',
    uploaded: 'uploaded file',
  },
} as const;

export function packageReadme(meta: PackageMetadata): string {
  const lang = meta.language;
  const w = WORDS[lang];
  const lines = [
    `# ${meta.title}`,
    '',
    meta.description,
    '',
    w.version(meta.dataVersion, meta.dataChangedAt.slice(0, 10), meta.generatedAt.slice(0, 10)),
    `${w.view}: ${meta.url}`,
    '',
    `## ${w.files}`,
    '',
    ...meta.files.map((f) => `- \`${f.name}\`: ${f.what}`),
    '',
    `## ${w.cite}`,
    '',
    `- ${w.plain}: ${meta.citation.plain}`,
    `- ${w.gbt}: ${meta.citation.gbt}`,
    '',
    `## ${w.licence}`,
    '',
    `${meta.licence.name} (${meta.licence.url})`,
    '',
    meta.licence.terms,
    '',
    `## ${w.notation}`,
    '',
    ...meta.notation.map((n) => `- \`${n.mark}\` ${n.meaning}`),
    '',
    `## ${w.provenance}`,
    '',
    ...Object.entries(meta.provenance).map(([k, v]) => `- \`${k}\`: ${v}`),
    '',
    `## ${w.figures}`,
    '',
    ...meta.figures.map((f) => `- \`${f.key}\` ${f.label[lang]}: ${f.definition[lang]}`),
  ];
  if (meta.rates.length) {
    lines.push('', `## ${w.rates}`, '');
    for (const r of meta.rates) {
      lines.push(
        `- \`${r.id}\` ${r.label[lang]}: ${r.definition[lang]}${w.then}${w.rateLine(r.numerator.join(' + '), r.denominator.join(' + '), r.minBase)}`,
      );
    }
  }
  lines.push('', `## ${w.sources}`, '');
  for (const s of meta.sources) {
    lines.push(`- ${s.jurisdiction} · ${s.body} · ${s.year}: ${s.reportUrl}`);
    for (const o of s.originals) {
      const where = o.documentUrl ?? o.pageUrl;
      lines.push(
        `  - ${w.original}: ${where ?? `${w.uploaded} ${o.fileName}`}${o.pageUrl && o.pageUrl !== where ? ` (${o.pageUrl})` : ''}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

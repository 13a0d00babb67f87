// The licence the figures are published under, named once: the "cite this" lines, /methods and
// every data download (metadata.json, README) print it from here. The project publishes the figures
// it reads (and the rates and charts made from them) under CC BY 4.0; the reports themselves are
// public documents of the bodies that issue them, linked to, never relicensed.

export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** What the licence covers and asks, in each language. */
  terms: {
    zh: '本站从年报中读出的数字,以及由此计算的比率和图表,以 CC BY 4.0 许可发布:可以自由复制、转载、改编,包括商业用途,须注明出处(本站名称和所引页面的链接)。年报原文是各机关依法公开的政府信息,本站只链接原文,不对原文另行许可。',
    en: 'The figures this site reads from the reports, and the rates and charts made from them, are published under CC BY 4.0: free to copy, share and adapt, commercially too, with credit (this site’s name and a link to the page used). The reports themselves are government information their bodies made public; this site links to them and licenses nothing of theirs.',
  },
} as const;

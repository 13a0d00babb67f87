// "Cite this": a view as a plain citation and in GB/T 7714 style, with its link (which carries the
// data version), the data version and the date it last changed, the date accessed and the licence.
// Pure: the page's client leaf and the downloads' metadata build them the same way.

import type { DataStamp } from '@/lib/domain';
import type { Lang } from '@/lib/i18n/lang';
import { DATA_LICENCE } from './licence';

export interface Citation {
  plain: string;
  gbt: string;
}

export function citations(input: { site: string; title: string; url: string; accessed: string; stamp: DataStamp; lang: Lang }): Citation {
  const { site, title, url, accessed, stamp, lang } = input;
  const changed = stamp.changedAt.slice(0, 10);
  return {
    plain:
      lang === 'zh'
        ? `${site}:《${title}》,数据版本 ${stamp.version}(${changed} 更新),${url},访问于 ${accessed},许可 ${DATA_LICENCE.name}。`
        : `${site}, “${title}”, data version ${stamp.version} (updated ${changed}), ${url} (accessed ${accessed}), licence ${DATA_LICENCE.name}.`,
    // GB/T 7714-2015, online database: 主要责任者. 题名[DB/OL]. (更新日期)[引用日期]. 获取和访问路径.
    gbt: `${site}. ${title}[DB/OL]. (${changed})[${accessed}]. ${url}.`,
  };
}

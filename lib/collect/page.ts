// What a fetched answer is to collection, as a page: HTML read as a page, or — for a column's page
// or a given address — a list endpoint's data (JSON, JSONP, a JCMS <datastore>) read as a page of
// its column. Documents (PDF, Word…) are neither. Shared by the collector and the dry run.
import { documentExtension, readListData, readPage, type PageContents } from './classify';
import { decodeHtml, type FetchSuccess } from './fetch';
import { readListAnswer } from './scripts';

type Fetched = Pick<FetchSuccess, 'body' | 'contentType' | 'finalUrl'>;

/** Lists' data larger than this is not read (a column's page of records is a few hundred kB at most). */
const MAX_LIST_DATA = 5 * 1024 * 1024;

export function isHtml(fetched: Fetched): boolean {
  const type = fetched.contentType ?? '';
  if (/html|xhtml/i.test(type)) return true;
  if (type && !/text\/plain|octet-stream/i.test(type)) return false;
  return (
    !documentExtension(fetched.finalUrl) && /<(html|body|a)[\s>]/i.test(new TextDecoder('latin1').decode(fetched.body.subarray(0, 4096)))
  );
}

/** Whether the answer begins like data ({, [, <?xml, <datastore, a JSONP callback) rather than a page or a document. */
function looksLikeData(fetched: Fetched): boolean {
  if (fetched.body.length > MAX_LIST_DATA || documentExtension(fetched.finalUrl)) return false;
  const head = new TextDecoder('latin1')
    .decode(fetched.body.subarray(0, 256))
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  return /^([[{]|<\?xml|<datastore|[\w$.]+\s*\()/i.test(head);
}

/**
 * The answer as a page: `data` when it is a list endpoint's data, read when `listPage` is given (a
 * column's page, or a given address): the page its list is written into, which its relative links
 * are relative to. Null for documents and anything else that is not a page.
 */
export function readFetched(fetched: Fetched, listPage: string | null): { contents: PageContents; data: boolean } | null {
  if (listPage && looksLikeData(fetched)) {
    const answer = readListAnswer(decodeHtml(fetched), fetched.finalUrl);
    if (answer) return { contents: readListData(answer, fetched.finalUrl, listPage), data: true };
  }
  return isHtml(fetched) ? { contents: readPage(decodeHtml(fetched), fetched.finalUrl), data: false } : null;
}

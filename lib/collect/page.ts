// What a fetched answer is to collection, as a page: HTML read as a page, or — for a column's page
// or a given address — a list endpoint's data (JSON, JSONP, a JCMS <datastore>) or the page's own
// script file, read as a page of its column. Documents (PDF, Word…) are neither. Shared by the
// collector and the dry run.
import { documentExtension, readListData, readPage, type PageContents } from './classify';
import { decodeHtml, type FetchSuccess } from './fetch';
import { readListAnswer, readScripts } from './scripts';

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

function isScript(fetched: Fetched): boolean {
  return (
    /javascript|ecmascript/i.test(fetched.contentType ?? '') || (!fetched.contentType && /\.js$/i.test(new URL(fetched.finalUrl).pathname))
  );
}

/**
 * A page's own script file (an application's shell loads its list so), read like its inline scripts
 * — on the page's behalf: its requests are the page's. Its variables are its own; the page's are not
 * known to it.
 */
function readScriptFile(code: string, url: string, listPage: string): PageContents {
  const found = readScripts([{ code, type: '' }], '', listPage);
  const contents = readListData({ records: found.records, html: found.html, pages: [], unread: null }, url, listPage);
  const nothing = !found.endpoints.length && !found.unread.length && !contents.reportLinks.length;
  return {
    ...contents,
    endpoints: found.endpoints,
    unreadLists: nothing ? [`the page's script ${url} asks no list and holds none that can be read without running it`] : found.unread,
  };
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
  if (listPage && isScript(fetched)) return { contents: readScriptFile(decodeHtml(fetched), fetched.finalUrl, listPage), data: true };
  return isHtml(fetched) ? { contents: readPage(decodeHtml(fetched), fetched.finalUrl), data: false } : null;
}

// Document titles carry the site name: "标题 - 人民网", "标题_新华网",
// "标题--时政--人民网", "Headline | The Herald". Only a trailing segment that
// looks like a site name is cut, so a headline with a dash inside survives.

const KNOWN_SITES = /^(人民网|人民日报|人民日报社|新华网|新华社|新华每日电讯|光明网|光明日报|央视网|中国新闻网|中新网|中国日报网|环球网|澎湃新闻|求是网|人民政协网|经济日报|中国青年报|中国青年网)$/u;

// Words a site or paper name ends with, in Chinese (both scripts) and English.
const SITE_WORD = /(网|網|报|報|台|社|新闻|新聞|频道|頻道|周刊|週刊|杂志|雜誌|客户端|官网|官網|在线|在線|电子版|電子版|数字报|數字報|News|Times|Post|Daily|Journal|Herald|Tribune|Guardian|Gazette|Reuters|Press|Magazine|Blog|Online|\.com|\.cn|\.net|\.org|\.hk|\.tw)$/iu;

// The last separator wins: the head is greedy and may not end in a separator.
const SEPARATOR = /^(.*[^\s\-–—_|｜»])\s*(--+|——|_|\s[-–—|]\s|-|\||｜|::|»)\s*([^\-–—_|｜»]+?)\s*$/u;

function looksLikeSite(seg: string, siteName: string | null): boolean {
  if (!seg || [...seg].length > 30 || /[。，,！？!?：:“”"]/u.test(seg)) return false;
  if (siteName && seg.toLowerCase() === siteName.toLowerCase()) return true;
  return KNOWN_SITES.test(seg) || SITE_WORD.test(seg);
}

export interface SplitTitle {
  title: string;
  /** The outermost site-looking segment that was cut, if any. */
  site: string | null;
}

/** Strips site (and channel) suffixes from a document title. */
export function splitSiteSuffix(raw: string, siteName: string | null = null): SplitTitle {
  let title = raw.replace(/\s+/g, ' ').trim();
  let site: string | null = null;
  let sep: string | null = null;
  for (let i = 0; i < 4; i++) {
    const m = SEPARATOR.exec(title);
    if (!m) break;
    const [, head, s, tail] = m;
    const sepKey = s.trim();
    // After a site name, a short segment behind the same separator is a channel (--时政--人民网).
    const isChannel = sep !== null && sepKey === sep && [...tail].length <= 6;
    if (!looksLikeSite(tail, siteName) && !isChannel) break;
    if (site === null) site = tail;
    sep = sepKey;
    title = head.trim();
  }
  // A known site name in front: "人民网 - 标题" / "人民网--标题".
  const pre = /^(\S+?)\s*(?:--+|——|_|\s[-–—|]\s|\||｜)\s*(.+)$/u.exec(title);
  if (pre && (KNOWN_SITES.test(pre[1]) || (siteName && pre[1] === siteName))) {
    site ??= pre[1];
    title = pre[2].trim();
  }
  return { title, site };
}

export function stripSiteSuffix(raw: string, siteName: string | null = null): string {
  return splitSiteSuffix(raw, siteName).title;
}

/**
 * The article title of a page without a site adapter: the metadata title, else
 * the <h1> that the document title starts with, else the document title;
 * site suffixes cut in every case.
 */
export function guessTitle(doc: Document, metaTitle: string | null, siteName: string | null): SplitTitle {
  const fromDoc = splitSiteSuffix(doc.title ?? '', siteName);
  if (metaTitle) {
    const t = splitSiteSuffix(metaTitle, siteName);
    return { title: t.title, site: t.site ?? fromDoc.site };
  }
  for (const h of Array.from(doc.querySelectorAll('h1')).slice(0, 5)) {
    const text = (h.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= 2 && doc.title.replace(/\s+/g, ' ').includes(text)) return { title: text, site: fromDoc.site };
  }
  return fromDoc;
}

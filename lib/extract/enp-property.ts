// Founder (方正) e-papers write the article's metadata into an HTML comment:
//   <!--enpproperty <articleid>…</articleid><date>2025-07-01</date><author>张三</author>
//   <page>4</page><introtitle>引题</introtitle><title>…</title><pagename>要闻</pagename>…/enpproperty-->
// Comments are not parsed as HTML, so entities inside are decoded here.
import { decodeEntities, squash } from './text';

const SHOW_COMMENT = 0x80; // NodeFilter.SHOW_COMMENT; no globals, so it runs in any DOM

/** The text of the enpproperty comment, or null. */
export function findEnpComment(doc: Document): string | null {
  const walker = doc.createTreeWalker(doc, SHOW_COMMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    if (/^\s*enpproperty\b/i.test(v)) return v;
  }
  return null;
}

/** Tag → text of the comment's fields (lower-case tag names; empty fields left out). */
export function parseEnpProperty(comment: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of comment.matchAll(/<([A-Za-z][\w-]*)>([\s\S]*?)<\/\1>/g)) {
    const v = squash(decodeEntities(m[2].replace(/^<!\[CDATA\[|\]\]>$/g, '')));
    if (v) out[m[1].toLowerCase()] ??= v;
  }
  return out;
}

export function readEnpProperty(doc: Document): Record<string, string> | null {
  const c = findEnpComment(doc);
  return c ? parseEnpProperty(c) : null;
}

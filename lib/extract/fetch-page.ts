// Reading another page of a multi-page article from the content script: a
// same-origin fetch (the extension asks for no host permission; the page's
// own origin needs none), decoded in the page's charset (many Chinese sites
// still serve GBK, which Response.text() would garble), parsed with the
// browser's DOMParser. Cross-origin addresses are never fetched.

/** The charset a response declares: its Content-Type header, else a <meta> in its first bytes. */
export function declaredCharset(contentType: string | null, head: Uint8Array): string | null {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader;
  const ascii = new TextDecoder('latin1').decode(head.subarray(0, 2048));
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(ascii)?.[1] ?? null;
}

function decode(bytes: Uint8Array, charset: string | null, fallback: string): string {
  for (const label of [charset, fallback, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: try the next.
    }
  }
  return '';
}

/** Fetches `url` if it has the page's own origin and parses it; null when it cannot. */
export async function fetchSameOriginPage(url: string, base: Location | URL = location): Promise<Document | null> {
  let target: URL;
  try {
    target = new URL(url, base.href);
  } catch {
    return null;
  }
  if (target.origin !== base.origin) return null;
  const response = await fetch(target.href, { credentials: 'same-origin', redirect: 'follow' });
  if (!response.ok || new URL(response.url || target.href).origin !== base.origin) return null;
  const bytes = new Uint8Array(await response.arrayBuffer());
  const html = decode(bytes, declaredCharset(response.headers.get('content-type'), bytes), document.characterSet);
  return new DOMParser().parseFromString(html, 'text/html');
}

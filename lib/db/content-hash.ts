// A fast, synchronous, stable fingerprint of an article's text, used to spot
// the same article clipped twice. Synchronous on purpose: crypto.subtle is
// async, and awaiting it inside a Dexie transaction would commit it early.

/**
 * The text that is hashed: title and body, NFKC-folded, all whitespace
 * removed, block boundaries and types ignored, so a re-parse that only
 * changes justification spaces or paragraph splits gives the same hash.
 * Kicker, subtitle, byline and captions are left out: the parser may move
 * lines between them and the body.
 */
export function hashableText(title: string | null, blocks: readonly { text: string }[]): string {
  const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '');
  return squash(title ?? '') + '\n' + blocks.map((b) => squash(b.text)).join('');
}

const encoder = new TextEncoder();

/** FNV-1a 64-bit of the UTF-8 bytes, as 16 hex digits; computed in two 32-bit halves. */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of encoder.encode(text)) {
    lo = (lo ^ byte) >>> 0; // ^ yields a signed int32
    // h * 0x100000001b3 mod 2^64 = h * 0x1b3 + (h << 40)
    const loProduct = lo * 0x1b3; // < 2^41: exact in a double
    const carry = Math.floor(loProduct / 0x100000000);
    hi = (hi * 0x1b3 + carry + ((lo << 8) >>> 0)) >>> 0;
    lo = loProduct >>> 0;
  }
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

export function contentHash(title: string | null, blocks: readonly { text: string }[]): string {
  return fnv1a64(hashableText(title, blocks));
}

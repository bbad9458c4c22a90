// Small value normalisers shared by save, update, upgrade and import.

/** Trimmed, non-empty, de-duplicated (first spelling wins), order kept. */
export function normaliseTags(tags: readonly unknown[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    if (typeof t !== 'string') continue;
    const tag = t.replace(/\s+/g, ' ').trim();
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out;
}

/**
 * The url as stored and compared: trimmed, '' becomes null. The #fragment is
 * kept: hash-routed e-paper readers put the article in it.
 */
export function normaliseUrl(url: string | null | undefined): string | null {
  const u = (url ?? '').trim();
  return u || null;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Empty strings become null; a malformed date is a caller bug and throws. */
export function normaliseDate(date: string | null | undefined): string | null {
  const d = (date ?? '').trim();
  if (!d) return null;
  if (!isIsoDate(d)) throw new TypeError(`Invalid clipping date "${d}": expected YYYY-MM-DD`);
  return d;
}

export function emptyToNull(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  return v || null;
}

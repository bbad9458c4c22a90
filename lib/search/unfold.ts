// The original text back from the folded text, for snippets without a trip
// to IndexedDB. The text cache keeps each clipping's folded body (to find and
// count matches); keeping the original as well would double its memory, but
// the two differ in few places (full-width punctuation, traditional
// characters, spaces that folding drops), so the cache keeps only those
// differences: edits at folded positions that put the original back.
import { foldWithScratchMap } from './fold';

/**
 * Edits that turn a folded text back into the original; see unfoldRange.
 * Each edit is, in `ops`, a varint of (distance from the previous edit's
 * position << 1 | general); a general edit then has varints of the folded
 * units it replaces and the length of its original text, while a plain one
 * swaps one unit for one (，for the , folding made of it: most edits). The
 * edits' original text is `text`, in order. A swap costs 1–2 bytes and a
 * character: for news copy, about a tenth of the folded text.
 */
export interface Unfold {
  ops: Uint8Array;
  text: string;
}

/** Collects the edits of a folded text made of fields folded one by one and joined. */
export class UnfoldBuilder {
  private ops = new Uint8Array(256);
  private length = 0;
  private readonly parts: string[] = [];
  private last = 0;

  private byte(b: number): void {
    if (this.length === this.ops.length) {
      const next = new Uint8Array(this.ops.length * 2);
      next.set(this.ops);
      this.ops = next;
    }
    this.ops[this.length++] = b;
  }

  private varint(n: number): void {
    while (n >= 0x80) {
      this.byte((n & 0x7f) | 0x80);
      n = Math.floor(n / 0x80);
    }
    this.byte(n);
  }

  private edit(at: number, take: number, put: string): void {
    const general = take !== 1 || put.length !== 1;
    this.varint((at - this.last) * 2 + (general ? 1 : 0));
    if (general) {
      this.varint(take);
      this.varint(put.length);
    }
    this.parts.push(put);
    this.last = at;
  }

  /**
   * Adds one field: its original text, folded with its map (fold.ts), placed
   * at `offset` in the joined folded text (fields in order). Returns the folded text.
   */
  addField(original: string, offset: number): string {
    const { text: folded, starts, ends } = foldWithScratchMap(original);
    const n = folded.length;
    let consumed = 0; // original code units accounted for
    let i = 0;
    while (i < n) {
      const s = starts[i];
      const e = ends[i];
      // Most units: one that folded to itself, with nothing dropped before it.
      if (s === consumed && e === s + 1 && (i + 1 === n || starts[i + 1] !== s) && original.charCodeAt(s) === folded.charCodeAt(i)) {
        consumed = e;
        i++;
        continue;
      }
      // Units folded from the same stretch of the original go together (a surrogate pair, ㍿ → 株式会社).
      let k = i + 1;
      while (k < n && starts[k] === s && ends[k] === e) k++;
      const to = Math.max(consumed, e);
      // The original of these units, with anything dropped before them (spaces, format characters).
      let same = to - consumed === k - i;
      for (let j = 0; same && j < k - i; j++) same = original.charCodeAt(consumed + j) === folded.charCodeAt(i + j);
      if (!same) this.edit(offset + i, k - i, original.slice(consumed, to));
      consumed = to;
      i = k;
    }
    if (consumed < original.length) this.edit(offset + n, 0, original.slice(consumed));
    return folded;
  }

  build(): Unfold {
    return { ops: this.ops.slice(0, this.length), text: this.parts.join('') };
  }
}

/** Approximate memory of the edits, in UTF-16 code units (what the text cache budgets in). */
export function unfoldSize(u: Unfold): number {
  return u.text.length + u.ops.byteLength / 2;
}

/**
 * The original of the folded stretch [from, to): a field of the joined text
 * (fields are separated by a character folding never changes). Edits at `to`
 * that replace nothing belong to it (what was dropped at the field's end).
 * The joined text may start at `base` in `folded` (the edits' positions are
 * relative to it; `from` and `to` are positions in `folded`).
 */
export function unfoldRange(folded: string, u: Unfold, from: number, to: number, base = 0): string {
  const { ops, text } = u;
  let out = '';
  let cursor = from;
  let at = base;
  let textAt = 0;
  let i = 0;
  const varint = (): number => {
    let n = 0;
    let scale = 1;
    for (;;) {
      const b = ops[i++];
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
      scale *= 0x80;
    }
  };
  while (i < ops.length) {
    const head = varint();
    at += Math.floor(head / 2);
    const general = head % 2 === 1;
    const take = general ? varint() : 1;
    const put = general ? varint() : 1;
    if (at > to || (at === to && take > 0)) break;
    if (at >= from) {
      out += folded.slice(cursor, at) + text.slice(textAt, textAt + put);
      cursor = at + take;
    }
    textAt += put;
  }
  return out + folded.slice(cursor, to);
}

// Which cached clippings hold which characters: for each UTF-16 code unit of
// the folded text, a bitmap over the text cache's slots, one for the whole
// text and one for the title. A one-character query (的, 中) matches most of
// the collection; checking 10,000 texts for it cost more than any other step
// (each text, read at random from memory, costs a cache miss or three), while
// two bit tests per clipping say exactly which hold it and which hold it in
// the title. It is exact, unlike the signatures: no text check is needed.
//
// Memory: a bitmap per code unit that occurs (a few thousand in Chinese
// news), of one bit per slot: ~1.3 KB each for 10,000 clippings.

/** One bit per slot, words of 32. */
type Bitmap = Uint32Array;

export class CharIndex {
  /** Bitmap words per code unit: slots up to 32 × this fit. */
  private width = 0;
  private readonly any: Array<Bitmap | undefined> = new Array<Bitmap | undefined>(0x10000);
  private readonly titled: Array<Bitmap | undefined> = new Array<Bitmap | undefined>(0x10000);
  private readonly used: number[] = [];

  /** Can a word be looked up here: one code unit, not half of a surrogate pair? */
  static covers(word: string): boolean {
    if (word.length !== 1) return false;
    const c = word.charCodeAt(0);
    return c < 0xd800 || c > 0xdfff;
  }

  /** Records the code units of `text` (its first `titleLength` the title) for `slot`. */
  add(slot: number, text: string, titleLength: number): void {
    if (slot >= this.width * 32) this.grow(slot);
    const word = slot >>> 5;
    const bit = 1 << (slot & 31);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let map = this.any[c];
      if (!map) {
        map = this.any[c] = new Uint32Array(this.width);
        this.titled[c] = new Uint32Array(this.width);
        this.used.push(c);
      }
      map[word] |= bit;
      if (i < titleLength) this.titled[c]![word] |= bit;
    }
  }

  /** Forgets `slot` (holding `text`). */
  remove(slot: number, text: string): void {
    const word = slot >>> 5;
    const keep = ~(1 << (slot & 31));
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const map = this.any[c];
      if (map && word < map.length) {
        map[word] &= keep;
        this.titled[c]![word] &= keep;
      }
    }
  }

  /** Does the clipping in `slot` hold code unit `c`: 0 no, 1 in the body only, 2 in the title. */
  lookup(c: number, slot: number): 0 | 1 | 2 {
    const map = this.any[c];
    const word = slot >>> 5;
    const bit = 1 << (slot & 31);
    if (!map || (map[word] & bit) === 0) return 0;
    return (this.titled[c]![word] & bit) === 0 ? 1 : 2;
  }

  clear(): void {
    for (const c of this.used) {
      this.any[c] = undefined;
      this.titled[c] = undefined;
    }
    this.used.length = 0;
    this.width = 0;
  }

  /** Bytes held, for the benchmark. */
  get bytes(): number {
    return this.used.length * this.width * 8;
  }

  private grow(slot: number): void {
    let width = Math.max(32, this.width);
    while (slot >= width * 32) width *= 2;
    for (const c of this.used) {
      const any = new Uint32Array(width);
      any.set(this.any[c]!);
      this.any[c] = any;
      const titled = new Uint32Array(width);
      titled.set(this.titled[c]!);
      this.titled[c] = titled;
    }
    this.width = width;
  }
}

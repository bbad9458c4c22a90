// The page's text, asked whether it says a few characters side by side
// (a name run into a title's characters, 桥 / 梁垮塌 / 灾). One search of the
// whole text per question would make a page of many questions quadratic: the
// positions of the page's characters, listed once, let each question read
// only where its rarest character stands.

/** Below this many UTF-16 units the text is searched directly. */
const INDEX_FROM = 50_000;

export class PageText {
  /** Where each code unit's positions begin in `positions` (65,537 entries). */
  private starts: Int32Array | null = null;
  /** Every position of the text, grouped by the code unit standing there. */
  private positions: Int32Array | null = null;

  constructor(private readonly text: string) {}

  /** Whether `words` stands in the text. */
  says(words: string): boolean {
    if (!words) return true;
    if (this.text.length < INDEX_FROM) return this.text.includes(words);
    const [starts, positions] = this.index();
    let rare = 0;
    let fewest = Infinity;
    for (let k = 0; k < words.length; k++) {
      const c = words.charCodeAt(k);
      const n = starts[c + 1] - starts[c];
      if (n < fewest) [fewest, rare] = [n, k];
    }
    const c = words.charCodeAt(rare);
    for (let i = starts[c]; i < starts[c + 1]; i++) {
      const at = positions[i] - rare;
      if (at >= 0 && this.text.startsWith(words, at)) return true;
    }
    return false;
  }

  /** The positions grouped by code unit (a counting sort, made at the first question). */
  private index(): [Int32Array, Int32Array] {
    if (this.starts && this.positions) return [this.starts, this.positions];
    const text = this.text;
    const starts = new Int32Array(0x10001);
    for (let i = 0; i < text.length; i++) starts[text.charCodeAt(i) + 1]++;
    for (let c = 1; c <= 0x10000; c++) starts[c] += starts[c - 1];
    const next = starts.slice(0, 0x10000);
    const positions = new Int32Array(text.length);
    for (let i = 0; i < text.length; i++) positions[next[text.charCodeAt(i)]++] = i;
    this.starts = starts;
    this.positions = positions;
    return [starts, positions];
  }
}

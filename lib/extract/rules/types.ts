// Boilerplate removal by named rules, in the manner of defuddle's removals:
// each rule is a small module with a name and a reason, and everything it
// takes out is recorded, so `npm run extract` can show what went and why.

/** One thing a rule took out of the clipping. */
export interface Removal {
  rule: string;
  why: string;
  /** The removed text (shortened for long elements). */
  text: string;
}

/** A rule about one line of body text (after the body was read into lines). */
export interface LineRule {
  name: string;
  why: string;
  test(text: string): boolean;
}

/** A rule about an element of the page, applied to a copy before any extractor reads it. */
export interface ElementRule {
  name: string;
  why: string;
  /** Called on every element of the body, parents first; a removed element's descendants are not visited. */
  test(el: Element): boolean;
}

// The boilerplate rules in the order they run. Element rules take furniture
// out of a copy of the page before any extractor reads it; line rules take
// leftover lines out of the body the extractor read.
import { actionButtonsElement, actionButtonsLine } from './action-buttons';
import { clickThrough } from './click-through';
import { comments } from './comments';
import { editorLine } from './editor-line';
import { followAccount } from './follow-account';
import { galleryLabel } from './gallery-label';
import { hiddenText } from './hidden-text';
import { infoLine } from './info-line';
import { likeCount } from './like-count';
import { pager } from './pager';
import { platformDisclaimer } from './platform-disclaimer';
import { readMore } from './read-more';
import { recommendationList } from './recommendation-list';
import type { ElementRule, LineRule, Removal } from './types';
import { viewCounter } from './view-counter';

export type { ElementRule, LineRule, Removal } from './types';

export const ELEMENT_RULES: readonly ElementRule[] = [hiddenText, comments, recommendationList, actionButtonsElement];

export const LINE_RULES: readonly LineRule[] = [
  galleryLabel,
  likeCount,
  readMore,
  pager,
  clickThrough,
  followAccount,
  platformDisclaimer,
  viewCounter,
  infoLine,
  actionButtonsLine,
  editorLine,
];

const MAX_RECORDED = 80;
const short = (s: string): string => {
  const t = s.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
  return [...t].length > MAX_RECORDED ? `${[...t].slice(0, MAX_RECORDED).join('')}…` : t;
};

/** Removes, from `root` down, every element a rule names; records each removal. Changes `root`: give it a copy. */
export function removeBoilerplateElements(root: Element, removals: Removal[], rules: readonly ElementRule[] = ELEMENT_RULES): void {
  const visit = (el: Element): void => {
    for (const child of Array.from(el.children)) {
      const rule = rules.find((r) => r.test(child));
      if (rule) {
        const text = short(child.textContent ?? '');
        if (text) removals.push({ rule: rule.name, why: rule.why, text });
        child.remove();
      } else visit(child);
    }
  };
  visit(root);
}

/** The first line rule that takes this line out, or null. */
export function lineRuleFor(text: string, rules: readonly LineRule[] = LINE_RULES): LineRule | null {
  const t = text.replace(/[\s\u00a0\u3000]+/gu, ' ').trim();
  return rules.find((r) => r.test(t)) ?? null;
}

export function recordLine(rule: LineRule, text: string, removals: Removal[]): void {
  removals.push({ rule: rule.name, why: rule.why, text: short(text) });
}

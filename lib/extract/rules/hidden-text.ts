import { hiddenReason } from '../visible';
import type { ElementRule } from './types';

/** Text a reader cannot see (font-size:0, off-screen, transparent, display:none, visibility:hidden, aria-hidden). */
export const hiddenText: ElementRule = {
  name: 'hidden-text',
  why: 'hidden from readers',
  test: (el) => el.tagName.toUpperCase() !== 'SCRIPT' && hiddenReason(el) !== null,
};

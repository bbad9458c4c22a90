// How a line ends: with a sentence end (。！？…, or . ! ? in English text), with
// a clause that leads on (—— ：；), or in mid-sentence.

import { isLatinText } from './join-lines';
import { LATIN_END, STRONG_END, WEAK_END, splitTrailingNote } from './patterns';

/** 'strong': a sentence ends here (an end note glued on counts); 'weak': a clause leads on. */
export function endsSentence(text: string): 'strong' | 'weak' | null {
  if (STRONG_END.test(text) || splitTrailingNote(text)) return 'strong';
  // (the cheap end test first: isLatinText reads the whole line)
  if (LATIN_END.test(text) && isLatinText(text)) return 'strong';
  if (WEAK_END.test(text)) return 'weak';
  return null;
}

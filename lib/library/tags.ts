// Tags as typed into one text field: separated by ASCII or Chinese commas,
// the enumeration comma 、 or semicolons, since a Chinese keyboard gives ，and 、.
import { normaliseTags } from '../db';

const SEPARATORS = /[,，、;；]/;

export function parseTags(text: string): string[] {
  return normaliseTags(text.split(SEPARATORS));
}

/** The field's text for stored tags; parseTags(formatTags(x)) gives x back. */
export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

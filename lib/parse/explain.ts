// `parse --explain`: each raw line the parser read, with the role it ended in
// (furniture, column, kicker, title, subtitle, byline, text, heading, note,
// caption, marker), the article it went to and the rule that read it; then the
// decisions made for the whole page (which runs are heads, where heads stand).

import { removeJustifySpaces } from './cjk';
import type { ParseExplanation } from './index';
import { stripDecor } from './patterns';

const squash = (s: string) => removeJustifySpaces(stripDecor(s)).replace(/\s+/g, '');

/** Where a line's text ended up: the role and the article (1-based), found by its text. */
function locate(result: ParseExplanation['page'], text: string): [string, number | null] {
  const t = squash(text);
  if (!t) return ['blank', null];
  for (let k = 0; k < result.articles.length; k++) {
    const a = result.articles[k];
    const fields: [string, string | null][] = [['column', a.column], ['kicker', a.kicker], ['subtitle', a.subtitle], ['byline', a.byline], ['title', a.title]];
    for (const [role, value] of fields) if (value && squash(value).includes(t)) return [role, k + 1];
    for (const b of a.blocks) if (squash(b.text).includes(t)) return [b.type === 'paragraph' ? 'text' : b.type, k + 1];
    for (const c of a.captions) if (squash(c).includes(t)) return ['caption', k + 1];
    if (a.continuation && squash(a.continuation) === t) return ['marker', k + 1];
  }
  if (result.furniture.some((f) => squash(f).includes(t))) return ['furniture', null];
  return ['dropped', null];
}

export function explainPage(result: ParseExplanation): string {
  const out: string[] = [];
  if (result.page.warning) out.push(`warning: ${result.page.warning}`);
  out.push('line  role        art  text                                      rule');
  for (const it of result.items) {
    const [role, article] = it.kind === 'furniture' ? ['furniture', null] : locate(result.page, it.text);
    const text = it.text.length > 20 ? it.text.slice(0, 19) + '…' : it.text;
    out.push(`${String(it.line).padStart(4)}  ${role.padEnd(10)}  ${article === null ? '  -' : String(article).padStart(3)}  ${text.padEnd(20, '　')}  ${it.rule}`);
  }
  out.push('', 'page decisions:');
  for (const d of result.decisions) out.push(`  ${d.rule}: ${d.detail}`);
  return out.join('\n') + '\n';
}

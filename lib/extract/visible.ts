// What a reader of the page actually sees. Pages hide text from people and
// keep it for crawlers (font-size:0, pushed off-screen, transparent colour,
// display:none, visibility:hidden, aria-hidden); portals open <body> with
// inline <script> text. Neither may be read as article text, and neither may
// decide whether a page is Chinese.
//
// Styles are read from the element's style attribute and from simple rules
// (.class / #id / tag.class selectors) of the page's own <style> elements,
// so this works the same in a browser and in happy-dom, without layout.

const NEVER_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT']);

/** Declarations (lower-case, no spaces) that hide an element's text from readers. */
export function hidingDeclaration(style: string): string | null {
  const s = style.replace(/\s+/g, '').toLowerCase();
  if (!s) return null;
  if (/(?:^|;)display:none/.test(s)) return 'display:none';
  if (/(?:^|;)visibility:(?:hidden|collapse)/.test(s)) return 'visibility:hidden';
  if (/(?:^|;)font-size:0(?:\.0+)?(?:px|pt|em|rem|%)?(?:;|!|$)/.test(s)) return 'font-size:0';
  if (/(?:^|;)opacity:0(?:\.0+)?(?:;|!|$)/.test(s)) return 'opacity:0';
  if (/(?:^|;)color:(?:transparent|rgba\([^)]*,0(?:\.0+)?\))/.test(s)) return 'color:transparent';
  // Off-screen: a large negative offset or indent.
  if (/(?:^|;)(?:left|top|right|margin-left|margin-top|text-indent):-\d{3,}/.test(s)) return 'off-screen';
  if (/(?:^|;)clip:rect\(0(?:px)?,?0(?:px)?,?0(?:px)?,?0(?:px)?\)/.test(s)) return 'clip:rect(0)';
  if (/(?:^|;)(?:height|max-height):0(?:px)?(?:;|$)/.test(s) && /overflow:hidden/.test(s)) return 'height:0';
  return null;
}

interface HiddenRules {
  classes: Map<string, string>;
  ids: Map<string, string>;
}

const rulesCache = new WeakMap<Document, HiddenRules>();

/** Selectors of the page's <style> rules that hide text: only plain .class, #id and tag.class ones. */
function hiddenRules(doc: Document): HiddenRules {
  let rules = rulesCache.get(doc);
  if (rules) return rules;
  rules = { classes: new Map(), ids: new Map() };
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const css = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
      const why = hidingDeclaration(m[2]);
      if (!why) continue;
      for (const sel of m[1].split(',')) {
        const simple = /^\s*(?:[a-z]+)?([.#])([\w-]+)\s*$/i.exec(sel);
        if (simple) (simple[1] === '.' ? rules.classes : rules.ids).set(simple[2], why);
      }
    }
  }
  rulesCache.set(doc, rules);
  return rules;
}

/** Why this element (not its ancestors) hides its text from readers, or null when it does not. */
export function hiddenReason(el: Element): string | null {
  if (el.hasAttribute('hidden')) return 'hidden attribute';
  if (el.getAttribute('aria-hidden') === 'true') return 'aria-hidden';
  const inline = hidingDeclaration(el.getAttribute('style') ?? '');
  if (inline) return inline;
  const doc = el.ownerDocument;
  if (!doc) return null;
  const rules = hiddenRules(doc);
  if (!rules.classes.size && !rules.ids.size) return null;
  if (el.id && rules.ids.has(el.id)) return rules.ids.get(el.id)!;
  for (const c of Array.from(el.classList)) if (rules.classes.has(c)) return rules.classes.get(c)!;
  return null;
}

/**
 * The visible text under `root`, up to about `limit` characters: no script,
 * style, noscript or template text, nothing hidden. Block ends become spaces.
 */
export function visibleText(root: Element, limit = Infinity): string {
  let out = '';
  const walk = (el: Element): void => {
    for (let n = el.firstChild; n && out.length < limit; n = n.nextSibling) {
      if (n.nodeType === 3) out += n.nodeValue ?? '';
      else if (n.nodeType === 1) {
        const c = n as Element;
        if (NEVER_TEXT.has(c.tagName.toUpperCase()) || hiddenReason(c)) continue;
        walk(c);
        out += ' ';
      }
    }
  };
  walk(root);
  return out.length > limit ? out.slice(0, limit) : out;
}

export const isNeverText = (el: Element): boolean => NEVER_TEXT.has(el.tagName.toUpperCase());

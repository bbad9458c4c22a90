// Layout families of the development set. Each family draws its pages from
// the same source text with its own layout rules and drawing order; a seed
// fixes every choice, so the same seed gives the same page.

import type { ComposeOptions } from './compose';
import type { EpaperShape } from './epaper';
import type { LayoutOptions } from './html';
import type { Rng } from './rng';

export interface Family {
  name: string;
  /** What the family reproduces, for the README and the score table. */
  about: string;
  compose: (rng: Rng) => ComposeOptions;
  /** A PDF layout, or an e-paper copy shape (no PDF). */
  layout: ((rng: Rng) => LayoutOptions) | { epaper: EpaperShape };
}

const inner = (rng: Rng, extra: Partial<ComposeOptions> = {}): ComposeOptions => ({
  articles: [2, 5],
  paragraphs: [3, 8],
  ...extra,
  continued: extra.continued ?? 0.2,
  caption: extra.caption ?? (rng.chance(0.5) ? 0.3 : 0),
});

const pdf = (rng: Rng, o: Partial<LayoutOptions>): LayoutOptions => ({
  columns: o.columns ?? rng.int(4, 6),
  fontPt: o.fontPt ?? rng.pick([9, 9.5, 10]),
  chars: o.chars ?? rng.int(12, 18),
  headPlace: o.headPlace ?? 'above',
  order: o.order ?? 'natural',
  captionsLast: o.captionsLast ?? false,
  furnitureLast: o.furnitureLast ?? rng.chance(0.2),
  spacedTitles: o.spacedTitles ?? rng.chance(0.15),
});

export const FAMILIES: Family[] = [
  {
    name: 'classic',
    about: 'heads above their bodies, drawn in reading order, 4–6 columns',
    compose: (rng) => inner(rng),
    layout: (rng) => pdf(rng, {}),
  },
  {
    name: 'founder',
    about: 'Founder order: every body first, the headline frames drawn last, captions gathered at the page end',
    compose: (rng) => inner(rng, { articles: [3, 6], caption: 0.4 }),
    layout: (rng) => pdf(rng, { order: 'heads-last', captionsLast: true, headPlace: rng.chance(0.3) ? 'mixed' : 'above' }),
  },
  {
    name: 'head-after',
    about: 'each head drawn right after its own body',
    compose: (rng) => inner(rng),
    layout: (rng) => pdf(rng, { order: 'head-after-body' }),
  },
  {
    name: 'heads-top',
    about: 'all heads listed together at the top of the copy, then all bodies',
    compose: (rng) => inner(rng, { articles: [2, 6] }),
    layout: (rng) => pdf(rng, { order: 'heads-first' }),
  },
  {
    name: 'beside',
    about: 'heads set in a column beside their text, titles wrapping over several lines',
    compose: (rng) => inner(rng, { articles: [2, 4] }),
    layout: (rng) => pdf(rng, { headPlace: 'beside', columns: rng.int(4, 6), order: rng.chance(0.5) ? 'natural' : 'head-after-body' }),
  },
  {
    name: 'spanning',
    about: 'one lead story with a head spanning many columns, kickers and subtitles, 6–8 columns',
    compose: (rng) => inner(rng, { articles: [2, 4], kicker: 0.6, subtitle: 0.6, paragraphs: [4, 10] }),
    layout: (rng) => pdf(rng, { columns: rng.int(6, 8), chars: rng.int(10, 14), headPlace: 'mixed', order: rng.chance(0.5) ? 'natural' : 'heads-last' }),
  },
  {
    name: 'narrow',
    about: 'narrow columns of 8–12 characters: short last lines, many line ends',
    compose: (rng) => inner(rng, { articles: [2, 4], paragraphs: [3, 6] }),
    layout: (rng) => pdf(rng, { columns: rng.int(6, 8), chars: rng.int(8, 12), order: rng.chance(0.5) ? 'natural' : 'head-after-body' }),
  },
  {
    name: 'front',
    about: 'front page: masthead, many short items, jump markers (下转), mixed drawing order',
    compose: (rng) => ({ articles: [4, 8], paragraphs: [1, 3], front: true, kicker: 0.3, caption: 0.3, continued: 0 }),
    layout: (rng) => pdf(rng, { columns: rng.int(5, 8), chars: rng.int(10, 14), headPlace: 'mixed', order: rng.pick(['natural', 'heads-last', 'head-after-body'] as const), captionsLast: rng.chance(0.5) }),
  },
  {
    name: 'commentary',
    about: 'commentary page: column labels (栏目), commentators, signatures and author units as end notes',
    compose: (rng) => ({ articles: [2, 5], paragraphs: [3, 7], commentary: true, subtitle: 0.3, kicker: 0.1, caption: 0 }),
    layout: (rng) => pdf(rng, { columns: rng.int(3, 5), chars: rng.int(14, 22), order: rng.pick(['natural', 'head-after-body'] as const) }),
  },
  {
    name: 'captions-end',
    about: 'photo captions with credits, drawn at the end of the page',
    compose: (rng) => inner(rng, { caption: 0.8 }),
    layout: (rng) => pdf(rng, { captionsLast: true }),
  },
  {
    name: 'epaper-lines',
    about: 'e-paper copy: one paragraph per line, head lines before the body',
    compose: (rng) => inner(rng),
    layout: { epaper: 'lines' },
  },
  {
    name: 'epaper-blank',
    about: 'e-paper copy: printed line breaks, a blank line after every line, justification spaces',
    compose: (rng) => inner(rng, { articles: [2, 3] }),
    layout: { epaper: 'blank' },
  },
];

export function familyByName(name: string): Family | undefined {
  return FAMILIES.find((f) => f.name === name);
}

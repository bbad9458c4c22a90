// One generated page: compose, typeset, print, copy the text back, answer.

import { composePage } from './compose';
import { epaperText } from './epaper';
import type { Family } from './families';
import { goldOf } from './gold';
import { renderHtml } from './html';
import { pdfText, type PdfPrinter } from './pdf-text';
import { restorePrinted } from './radicals';
import { makeRng } from './rng';
import type { SourceArticle } from './source';
import type { Gold } from './spec';

export interface GeneratedPage {
  raw: string;
  gold: Gold;
  html: string | null;
}

export function isEpaper(f: Family): boolean {
  return typeof f.layout !== 'function';
}

export async function generatePage(family: Family, sources: SourceArticle[], seed: number, name: string, printer: PdfPrinter | null): Promise<GeneratedPage> {
  const rng = makeRng(seed);
  const spec = composePage(sources, rng, family.compose(rng));
  if (typeof family.layout !== 'function') {
    const copy = epaperText(spec, family.layout.epaper, rng);
    return { raw: copy.raw, gold: goldOf(copy.spec, name), html: null };
  }
  const gold = goldOf(spec, name);
  if (!printer) throw new Error(`family ${family.name} needs Chromium to print its pages`);
  const html = renderHtml(spec, family.layout(rng), rng);
  const raw = restorePrinted(await pdfText(await printer.print(html)), html);
  return { raw, gold, html };
}

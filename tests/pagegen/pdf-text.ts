// Prints HTML to PDF with headless Chromium and copies the text back out the
// way a reader does in Firefox's pdf.js viewer: text items in content-stream
// order, a line break where pdf.js marks the end of a line (hasEOL) or where
// the next item sits on another baseline.

import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.JIANBAO_CHROMIUM ?? '/usr/bin/chromium';

export class PdfPrinter {
  private browser: Browser | null = null;
  private page: Page | null = null;

  async print(html: string): Promise<Uint8Array> {
    if (!this.page) {
      this.browser = await chromium.launch({ executablePath: CHROMIUM });
      this.page = await this.browser.newPage();
    }
    const page = this.page;
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const [width, height] = await page.evaluate(() => [Math.ceil(document.documentElement.scrollWidth), Math.ceil(document.documentElement.scrollHeight)]);
    // One page as large as the content, so no article is cut by a page break.
    const pdf = await page.pdf({ width: `${width + 2}px`, height: `${height + 4}px`, printBackground: true, margin: { top: '0', right: '0', bottom: '0', left: '0' } });
    return new Uint8Array(pdf);
  }

  async close(): Promise<void> {
    await this.browser?.close();
    this.browser = null;
    this.page = null;
  }
}

interface Item { str: string; hasEOL: boolean; transform: number[] }

/** Joins pdf.js text items as the viewer's copy does. */
export function joinItems(items: Item[]): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    out += it.str;
    const next = items[i + 1];
    if (!next) break;
    if (it.hasEOL) out += '\n';
    else if (next.str && Math.abs(next.transform[5] - it.transform[5]) > 1) out += '\n';
  }
  return out.replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

export async function pdfText(pdf: Uint8Array): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: pdf, verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(joinItems(content.items.filter((x): x is Item & typeof x => 'str' in x) as Item[]));
  }
  await doc.destroy();
  return pages.join('\n');
}

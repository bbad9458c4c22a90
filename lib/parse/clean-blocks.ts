// Cleaning for articles that already have their structure (an e-paper or news
// web page gives paragraphs, not lines): the same rules as pasted text for
// spaces, jump markers, notes, captions and bylines.

import { tidyParagraph } from './join-lines';
import {
  JUMP_MARKER,
  bylineFromLead,
  isBylineLine,
  isCaption,
  isNote,
  splitTrailingNote,
  stripDecor,
} from './patterns';
import type { Block } from './types';

export interface CleanedBody {
  blocks: Block[];
  byline: string | null;
  continuation: string | null;
  captions: string[];
}

/**
 * Cleans an article's paragraphs: justification spaces out, jump markers out
 * into `continuation`, end notes and captions recognised, and a byline taken
 * from the first or last paragraph (`本报记者 某某`, or the lead 本报讯（记者 某某）).
 * Paragraphs may be strings (type paragraph) or blocks (e.g. headings).
 */
export function cleanArticleBlocks(paragraphs: (string | Block)[]): CleanedBody {
  let continuation: string | null = null;
  let byline: string | null = null;
  const captions: string[] = [];
  const blocks: Block[] = [];
  /** Bylines keep the space between role and names, which tidying would remove. */
  const bylineSpacing = new Map<Block, string>();
  for (const p of paragraphs) {
    const type = typeof p === 'string' ? 'paragraph' : p.type;
    let text = tidyParagraph((typeof p === 'string' ? p : p.text).replace(/\s*\n\s*/g, ''));
    const m = JUMP_MARKER.exec(text);
    if (m) {
      continuation ??= m[0].replace(/[（）()\s]/g, '');
      text = tidyParagraph(text.slice(0, m.index) + text.slice(m.index + m[0].length));
    }
    if (!text) continue;
    if (type !== 'paragraph') blocks.push({ type, text });
    else if (isNote(text)) blocks.push({ type: 'note', text });
    else if (isCaption(text)) captions.push(text);
    else {
      const split = splitTrailingNote(text);
      if (split) blocks.push({ type: 'paragraph', text: split[0] }, { type: 'note', text: split[1] });
      else {
        const block: Block = { type: 'paragraph', text };
        const raw = (typeof p === 'string' ? p : p.text).replace(/\s+/g, ' ').trim();
        if (isBylineLine(raw, true)) bylineSpacing.set(block, raw);
        blocks.push(block);
      }
    }
  }
  // A byline standing as the first or last paragraph.
  for (const idx of [0, blocks.length - 1]) {
    const b = blocks[idx];
    if (!byline && b && b.type === 'paragraph' && isBylineLine(b.text, true)) {
      byline = stripDecor(bylineSpacing.get(b) ?? b.text).replace(/\s+/g, ' ');
      blocks.splice(idx, 1);
    }
  }
  const first = blocks.find((b) => b.type === 'paragraph');
  if (!byline && first) byline = bylineFromLead(first.text);
  return { blocks, byline, continuation, captions };
}

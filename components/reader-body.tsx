// The article text as printed: paragraphs, section headings, editor's notes,
// then the photo captions. Plain React text only, never HTML; searched words
// are <mark> elements (ranges from lib/search, never markup from the text).
import type { ReactNode } from 'react';
import type { Block } from '@/lib/parse';
import type { MarkRange } from '@/lib/search';
import { t } from '@/lib/i18n';
import { Marked } from './search-panel';

export interface ReaderBodyProps {
  blocks: readonly Block[];
  captions: readonly string[];
  /** Where the searched words are in a text; none when nothing is searched. */
  marks?: (text: string) => MarkRange[];
  /** Repair buttons shown after a block (the reader's repair mode). */
  tools?: (index: number) => ReactNode;
}

const noMarks = () => [];

export function ReaderBody({ blocks, captions, marks = noMarks, tools }: ReaderBodyProps) {
  const text = (value: string) => <Marked text={value} marks={marks(value)} />;
  return (
    <div className="reader-body" data-testid="reader-body">
      {blocks.map((block, i) => {
        const extra = tools?.(i);
        const className = `reader-body__${block.type === 'heading' ? 'heading' : block.type === 'note' ? 'note' : 'paragraph'}${extra ? ' reader-body__block--tools' : ''}`;
        const content = (
          <>
            {text(block.text)}
            {extra}
          </>
        );
        if (block.type === 'heading') return <h3 key={i} className={className}>{content}</h3>;
        return <p key={i} className={className}>{content}</p>;
      })}
      {captions.length > 0 && (
        <section className="reader-body__captions" aria-label={t('captionsLabel')}>
          {captions.map((caption, i) => (
            <p key={i} className="reader-body__caption">{text(caption)}</p>
          ))}
        </section>
      )}
    </div>
  );
}

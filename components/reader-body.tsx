// The article text as printed: paragraphs, section headings, editor's notes,
// then the photo captions. Plain React text only, never HTML.
import type { Block } from '@/lib/parse';
import { t } from '@/lib/i18n';

export function ReaderBody({ blocks, captions }: { blocks: readonly Block[]; captions: readonly string[] }) {
  return (
    <div className="reader-body" data-testid="reader-body">
      {blocks.map((block, i) => {
        if (block.type === 'heading') return <h3 key={i} className="reader-body__heading">{block.text}</h3>;
        if (block.type === 'note') return <p key={i} className="reader-body__note">{block.text}</p>;
        return <p key={i} className="reader-body__paragraph">{block.text}</p>;
      })}
      {captions.length > 0 && (
        <section className="reader-body__captions" aria-label={t('captionsLabel')}>
          {captions.map((caption, i) => (
            <p key={i} className="reader-body__caption">{caption}</p>
          ))}
        </section>
      )}
    </div>
  );
}

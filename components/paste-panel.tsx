// Paste panel: text copied out of a newspaper PDF or e-paper page in, the
// articles the parser found out. Shared by the popup and the side panel.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { parsePage, type Article } from '@/lib/parse';
import { t } from '@/lib/i18n';
import './paste-panel.css';

export interface PasteResult {
  status: string;
  articles: Article[];
}

/** Parses pasted text into the status line and the articles to list; never throws. */
export function readPaste(text: string): PasteResult {
  if (!text.trim()) return { status: t('statusEmpty'), articles: [] };
  try {
    const { articles } = parsePage(text);
    if (articles.length === 0) return { status: t('statusNoArticles'), articles };
    return { status: t('statusFound', { n: articles.length }), articles };
  } catch (error) {
    return { status: t('statusError', { message: error instanceof Error ? error.message : String(error) }), articles: [] };
  }
}

/** What a list item shows: the title (or the first line when there is none) and the next line of text. */
export function summarizeArticle(article: Article): { heading: string; lead: string | null } {
  const lines = article.blocks
    .flatMap((block) => block.text.split('\n'))
    .map((line) => line.trim())
    .filter(Boolean);
  if (article.title) return { heading: article.title, lead: lines[0] ?? null };
  return { heading: lines[0] ?? t('untitled'), lead: lines[1] ?? null };
}

export function PastePanel() {
  const inputId = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<PasteResult>({ status: t('statusReady'), articles: [] });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setResult(readPaste(text));
  };
  // Ctrl+Enter (⌘+Enter on a Mac) parses without leaving the keyboard.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.form?.requestSubmit();
  };

  return (
    <form className="paste-panel" onSubmit={onSubmit}>
      <label className="paste-panel__label" htmlFor={inputId}>
        {t('pasteLabel')}
      </label>
      <textarea
        id={inputId}
        className="paste-panel__input"
        data-testid="paste-input"
        value={text}
        placeholder={t('pastePlaceholder')}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        rows={8}
        spellCheck={false}
      />
      <div className="paste-panel__bar">
        <button type="submit" className="paste-panel__button" data-testid="paste-parse">
          {t('parseButton')}
        </button>
        <p className="paste-panel__status" data-testid="status" role="status" aria-live="polite">
          {result.status}
        </p>
      </div>
      <ParsedArticleList articles={result.articles} />
    </form>
  );
}

function ParsedArticleList({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return null;
  return (
    <ol className="parsed-list">
      {articles.map((article, index) => (
        <ParsedArticleItem key={index} article={article} />
      ))}
    </ol>
  );
}

function ParsedArticleItem({ article }: { article: Article }) {
  const { heading, lead } = summarizeArticle(article);
  return (
    <li className="parsed-article" data-testid="parsed-article">
      <h2 className="parsed-article__title" data-testid="parsed-article-title">
        {heading}
      </h2>
      {lead && (
        <p className="parsed-article__lead" data-testid="parsed-article-lead">
          {lead}
        </p>
      )}
    </li>
  );
}

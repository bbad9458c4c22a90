// Paste panel: text copied out of a newspaper PDF or e-paper page in, the
// articles the parser found out; the chosen ones are saved with the page
// details (paper, date, page) the parser read, which can be corrected first.
// Shared by the popup and the side panel.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { parsePage, type Article, type PageInfo, type ParsedPage } from '@/lib/parse';
import { WORKER_THRESHOLD, parsePageAsync } from '@/lib/parse-worker';
import { saveClipping } from '@/lib/db';
import { describeSaved } from '@/lib/clip/describe';
import { pageFieldsOf, pastedInputs, type PageFields } from '@/lib/clip/pasted-page';
import { saveClips, type SaveFn } from '@/lib/clip/save';
import { t } from '@/lib/i18n';
import './paste-panel.css';

export interface PasteResult {
  status: string;
  articles: Article[];
  /** What the page furniture said, when there are articles. */
  page?: PageInfo;
}

/** Parses pasted text into the status line and the articles to list; never throws. */
export function readPaste(text: string): PasteResult {
  if (!text.trim()) return { status: t('statusEmpty'), articles: [] };
  try {
    return describeParsed(parsePage(text));
  } catch (error) {
    return failed(error);
  }
}

/** readPaste for the interface: large pastes are parsed in a worker (lib/parse-worker). */
export async function readPasteAsync(text: string, parse: (text: string) => Promise<ParsedPage> = parsePageAsync): Promise<PasteResult> {
  if (!text.trim()) return { status: t('statusEmpty'), articles: [] };
  try {
    return describeParsed(await parse(text));
  } catch (error) {
    return failed(error);
  }
}

function describeParsed({ articles, page, warning }: ParsedPage): PasteResult {
  if (warning === 'binary') return { status: t('statusBinary'), articles: [] };
  if (articles.length === 0) return { status: t('statusNoArticles'), articles };
  return { status: t('statusFound', { n: articles.length }), articles, page };
}

const failed = (error: unknown): PasteResult => ({ status: t('statusError', { message: error instanceof Error ? error.message : String(error) }), articles: [] });

/** Size of a text for the status line: 1.2 MB, 350 KB. */
function textSize(text: string): string {
  const bytes = text.length * 2;
  return bytes >= 1 << 20 ? `${(bytes / (1 << 20)).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
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

export interface PastePanelProps {
  /** Where to report status; without it the panel shows its own status line. */
  onStatus?: (text: string) => void;
  /** Stand-in for tests; the default saves into lib/db. */
  save?: SaveFn;
}

export function PastePanel({ onStatus, save = saveClipping }: PastePanelProps = {}) {
  const inputId = useId();
  const [text, setText] = useState('');
  const [result, setResult] = useState<PasteResult>({ status: t('statusReady'), articles: [] });
  const [chosen, setChosen] = useState<boolean[]>([]);
  const [fields, setFields] = useState<PageFields>(pageFieldsOf(undefined));
  const [ownStatus, setOwnStatus] = useState(t('statusReady'));
  const [saving, setSaving] = useState(false);
  const [parsing, setParsing] = useState(false);
  const report = (status: string) => (onStatus ? onStatus(status) : setOwnStatus(status));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (parsing) return;
    // A large paste takes a moment: say so, and keep the page responsive.
    if (text.length >= WORKER_THRESHOLD) report(t('statusParsing', { size: textSize(text) }));
    setParsing(true);
    const next = await readPasteAsync(text);
    setParsing(false);
    setResult(next);
    setChosen(next.articles.map(() => true));
    setFields(pageFieldsOf(next.page));
    report(next.status);
  };
  const onSave = async () => {
    const inputs = pastedInputs(result.articles, chosen, fields);
    if (!inputs.length) return report(t('pasteNoneSelected'));
    setSaving(true);
    report(t('clipSaving'));
    report(describeSaved(await saveClips(inputs, save)));
    setSaving(false);
  };
  // Ctrl+Enter (⌘+Enter on a Mac) parses without leaving the keyboard.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) event.currentTarget.form?.requestSubmit();
  };

  return (
    <form className="paste-panel" onSubmit={(event) => void onSubmit(event)} aria-busy={parsing}>
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
        <button type="submit" className="primary-button paste-panel__button" data-testid="paste-parse" disabled={parsing}>
          {t('parseButton')}
        </button>
        {!onStatus && (
          <p className="paste-panel__status" data-testid="status" role="status" aria-live="polite">
            {ownStatus}
          </p>
        )}
      </div>
      {result.articles.length > 0 && (
        <>
          <PageFieldsEditor fields={fields} onChange={setFields} />
          <ParsedArticleList
            articles={result.articles}
            chosen={chosen}
            onChoose={(index, on) => setChosen(chosen.map((c, i) => (i === index ? on : c)))}
          />
          <button
            type="button"
            className="primary-button paste-panel__button paste-panel__save"
            data-testid="save-parsed"
            disabled={saving}
            onClick={() => void onSave()}
          >
            {t('pasteSave')}
          </button>
        </>
      )}
    </form>
  );
}

/** The paper, date and page the parser read from the page furniture, to check before saving. */
function PageFieldsEditor({ fields, onChange }: { fields: PageFields; onChange: (fields: PageFields) => void }) {
  const ids = { source: useId(), date: useId(), pageName: useId() };
  const field = (key: keyof PageFields, label: string, testId: string, type = 'text') => (
    <div className="page-fields__field">
      <label htmlFor={ids[key]}>{label}</label>
      <input
        id={ids[key]}
        type={type}
        data-testid={testId}
        value={fields[key]}
        onChange={(event) => onChange({ ...fields, [key]: event.target.value })}
      />
    </div>
  );
  return (
    <fieldset className="page-fields" data-testid="page-fields">
      <legend>{t('pageInfoLabel')}</legend>
      {field('source', t('previewSource'), 'page-source')}
      {field('date', t('previewDate'), 'page-date', 'date')}
      {field('pageName', t('previewPage'), 'page-name')}
    </fieldset>
  );
}

interface ParsedArticleListProps {
  articles: Article[];
  chosen: boolean[];
  onChoose: (index: number, on: boolean) => void;
}

/** A paste of a whole newspaper year can hold thousands of articles: the list shows this many. */
const MAX_LISTED = 200;

function ParsedArticleList({ articles, chosen, onChoose }: ParsedArticleListProps) {
  if (articles.length === 0) return null;
  const hidden = articles.length - MAX_LISTED;
  return (
    <>
      <ol className="parsed-list">
        {articles.slice(0, MAX_LISTED).map((article, index) => (
          <ParsedArticleItem key={index} article={article} chosen={chosen[index] ?? false} onChoose={(on) => onChoose(index, on)} />
        ))}
      </ol>
      {hidden > 0 && <p className="paste-panel__more">{t('pasteMoreArticles', { n: hidden })}</p>}
    </>
  );
}

function ParsedArticleItem({ article, chosen, onChoose }: { article: Article; chosen: boolean; onChoose: (on: boolean) => void }) {
  const { heading, lead } = summarizeArticle(article);
  return (
    <li className="parsed-article" data-testid="parsed-article">
      <input
        type="checkbox"
        className="parsed-article__select"
        data-testid="parsed-article-select"
        aria-label={t('pasteSelectArticle', { title: heading })}
        checked={chosen}
        onChange={(event) => onChoose(event.target.checked)}
      />
      <div className="parsed-article__text">
        <h2 className="parsed-article__title" data-testid="parsed-article-title">
          {heading}
        </h2>
        {lead && (
          <p className="parsed-article__lead" data-testid="parsed-article-lead">
            {lead}
          </p>
        )}
      </div>
    </li>
  );
}

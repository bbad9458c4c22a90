// Paste panel: text copied out of a newspaper PDF or e-paper page in, the
// articles the parser found out, to check and repair (components/repair-*);
// the chosen ones, as repaired, are saved with the page details (paper, date,
// page) the parser read, which can be corrected first, and with the list of
// repairs. Shared by the popup and the side panel.
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { parsePage, type Article, type PageInfo, type ParsedPage } from '@/lib/parse';
import { WORKER_THRESHOLD, parsePageAsync } from '@/lib/parse-worker';
import { saveClipping } from '@/lib/db';
import { describeSaved, pageFieldsOf, pastedInputs, type PageFields, saveClips, type SaveFn } from '@/lib/clip';
import { applyRepair, startRepair, undoRepair, type RepairAction, type RepairHistory } from '@/lib/repair';
import { t } from '@/lib/i18n';
import { RepairPanel, articleKey } from './repair-panel';
import './paste-panel.css';

export interface PasteResult {
  status: string;
  articles: Article[];
  /** What the page furniture said, when there are articles. */
  page?: PageInfo;
  /** The whole parse, when there are articles: what the repairs start from. */
  parsed?: ParsedPage;
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

function describeParsed(parsed: ParsedPage): PasteResult {
  const { articles, page, warning } = parsed;
  if (warning === 'binary') return { status: t('statusBinary'), articles: [] };
  if (articles.length === 0) return { status: t('statusNoArticles'), articles };
  return { status: t('statusFound', { n: articles.length }), articles, page, parsed };
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
  const [history, setHistory] = useState<RepairHistory | null>(null);
  // Unticked articles, by their first block, so a tick survives repairs that rebuild the article.
  const [unchosen, setUnchosen] = useState<ReadonlySet<string>>(new Set());
  const [fields, setFields] = useState<PageFields>(pageFieldsOf(undefined));
  const [ownStatus, setOwnStatus] = useState(t('statusReady'));
  const [saving, setSaving] = useState(false);
  const [parsing, setParsing] = useState(false);
  /** Set while asking whether to save articles that have no title: how many. */
  const [untitledAsk, setUntitledAsk] = useState(0);
  const report = (status: string) => (onStatus ? onStatus(status) : setOwnStatus(status));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (parsing) return;
    // A large paste takes a moment: say so, and keep the page responsive.
    if (text.length >= WORKER_THRESHOLD) report(t('statusParsing', { size: textSize(text) }));
    setParsing(true);
    const next = await readPasteAsync(text);
    setParsing(false);
    setHistory(next.parsed ? startRepair(next.parsed) : null);
    setUnchosen(new Set());
    setUntitledAsk(0);
    setFields(pageFieldsOf(next.page));
    report(next.status);
  };
  const articles = history?.page.articles ?? [];
  const isChosen = (article: Article) => !unchosen.has(articleKey(article));
  const onChoose = (article: Article, on: boolean) => {
    const next = new Set(unchosen);
    if (on) next.delete(articleKey(article));
    else next.add(articleKey(article));
    setUnchosen(next);
  };
  const onAction = (action: RepairAction) => {
    setUntitledAsk(0);
    setHistory((h) => h && applyRepair(h, action));
  };
  const onUndo = () => {
    setUntitledAsk(0);
    setHistory((h) => h && undoRepair(h));
  };

  const onSave = async (confirmedUntitled = false) => {
    const chosen = articles.map(isChosen);
    const inputs = pastedInputs(articles, chosen, fields, history?.corrections);
    if (!inputs.length) return report(t('pasteNoneSelected'));
    // Never save an article without a title unless the person says so.
    const untitled = inputs.filter((input) => !input.title?.trim()).length;
    if (untitled > 0 && !confirmedUntitled) {
      setUntitledAsk(untitled);
      return report(t('repairUntitled', { n: untitled }));
    }
    setUntitledAsk(0);
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
      {history && articles.length > 0 && (
        <>
          <PageFieldsEditor fields={fields} onChange={setFields} />
          <RepairPanel history={history} isChosen={isChosen} onChoose={onChoose} onAction={onAction} onUndo={onUndo} />
          {untitledAsk > 0 && (
            <div className="repair-untitled" role="alert" data-testid="repair-untitled">
              <p>{t('repairUntitled', { n: untitledAsk })}</p>
              <div className="repair-untitled__buttons">
                <button type="button" className="repair-button" data-testid="repair-save-anyway" onClick={() => void onSave(true)}>
                  {t('repairSaveAnyway')}
                </button>
                <button type="button" className="repair-button" data-testid="repair-go-back" onClick={() => goToUntitled(setUntitledAsk)}>
                  {t('repairGoBack')}
                </button>
              </div>
            </div>
          )}
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

/** Closes the question and puts the caret in the first untitled article's title field. */
function goToUntitled(close: (n: number) => void) {
  close(0);
  requestAnimationFrame(() =>
    document.querySelector<HTMLElement>('.repair-article--untitled [data-testid="repair-field-title"]')?.focus(),
  );
}

/** The paper, date and page the parser read from the page furniture, to check before saving. */
function PageFieldsEditor({ fields, onChange }: { fields: PageFields; onChange: (fields: PageFields) => void }) {
  const ids = { source: useId(), date: useId(), pageName: useId() };
  const field = (key: keyof PageFields, label: string, testId: string, extra: Record<string, string> = {}) => (
    <div className="page-fields__field">
      <label htmlFor={ids[key]}>{label}</label>
      <input
        id={ids[key]}
        type="text"
        data-testid={testId}
        value={fields[key]}
        onChange={(event) => onChange({ ...fields, [key]: event.target.value })}
        {...extra}
      />
    </div>
  );
  return (
    <fieldset className="page-fields" data-testid="page-fields">
      <legend>{t('pageInfoLabel')}</legend>
      {field('source', t('previewSource'), 'page-source')}
      {/* A text box, not type=date: the browser's date box shows mm/dd/yyyy in a Chinese interface. */}
      {field('date', t('previewDate'), 'page-date', { placeholder: 'yyyy-mm-dd', pattern: '\\d{4}-\\d{2}-\\d{2}', inputMode: 'numeric' })}
      {field('pageName', t('previewPage'), 'page-name')}
    </fieldset>
  );
}

// A stored value edited in place: it looks like text until focused. Enter
// saves (Shift+Enter adds a line where lines are allowed), Esc puts the
// stored value back, leaving the field saves. Enter while an input method is
// composing (pinyin) belongs to the input method, not to us. Searched words
// can be marked in it: a text area cannot hold <mark>, so the same text is laid
// out behind it, invisible but for the marks (the area itself is transparent).
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MarkRange } from '@/lib/search';
import { Marked } from './search-panel';

export interface ReaderFieldProps {
  value: string;
  /** Resolves false when the save failed (the status bar says why); the typed text then stays for another try. */
  /** True once saved; where refused as over a newer version, that version (saving again starts from it). */
  onSave(value: string, startedFrom?: number): Promise<boolean | { over: number }>;
  /** The stored version shown (its updatedAt): an edit carries the one it began from, so a save over a newer one is caught. */
  version?: number;
  label: string;
  testId: string;
  className?: string;
  placeholder?: string;
  /** Allows line breaks (Shift+Enter). */
  multiline?: boolean;
  /** Where the searched words are in a text: marked behind the field (hidden while it is being edited). */
  marks?: (text: string) => MarkRange[];
}

export function ReaderField({ value, onSave, version, label, testId, className, placeholder, multiline = false, marks }: ReaderFieldProps) {
  const startedFrom = useRef(version);
  const [draft, setDraft] = useState(value);
  const ref = useRef<HTMLTextAreaElement>(null);
  const focused = useRef(false);
  const cancelled = useRef(false);
  // The text of a save refused as over another version: kept in the field
  // until it is saved or given up (Escape), whenever that version reaches
  // this panel (a busy page may show it only after the refusal).
  const refused = useRef<string | null>(null);

  // A change made elsewhere (another tab, an undo, an import) shows at once, unless the user is typing here or a refused edit waits.
  useEffect(() => {
    if (!focused.current && refused.current === null) setDraft(value);
  }, [value]);

  // Grow with the text, so a long headline wraps instead of scrolling inside a box.
  useLayoutEffect(() => {
    const area = ref.current;
    if (!area) return;
    area.style.height = 'auto';
    if (area.scrollHeight) area.style.height = `${area.scrollHeight}px`;
  }, [draft]);

  const commit = async (text: string) => {
    const next = multiline ? text : text.replace(/\s*\n\s*/g, ' ');
    if (next === value) {
      refused.current = null;
      return;
    }
    const saved = await onSave(next, startedFrom.current);
    if (saved === true) {
      refused.current = null;
      return;
    }
    refused.current = next;
    setDraft(next);
    // Refused (changed elsewhere meanwhile: the status bar shows the other
    // version): saving again means "mine" over the version shown, which this
    // panel may not have received yet.
    startedFrom.current = typeof saved === 'object' ? saved.over : version;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter' && !(multiline && event.shiftKey)) {
      event.preventDefault();
      event.currentTarget.blur();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      cancelled.current = true;
      refused.current = null;
      setDraft(value);
      event.currentTarget.blur();
    }
  };

  const field = (
    <textarea
      ref={ref}
      className={`reader-field ${className ?? ''}`}
      data-testid={testId}
      aria-label={label}
      placeholder={placeholder}
      value={draft}
      rows={1}
      spellCheck={false}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={onKeyDown}
      onFocus={() => {
        // (an edit starts from the version shown; a refused one from the version its refusal named)
        if (!focused.current && refused.current === null) startedFrom.current = version;
        focused.current = true;
      }}
      onBlur={(event) => {
        focused.current = false;
        if (cancelled.current) {
          cancelled.current = false;
          return;
        }
        void commit(event.currentTarget.value);
      }}
    />
  );
  if (!marks) return field;
  // Wrapped whether or not there are marks now, so the text area is never remounted (and never loses focus) as they come and go.
  const ranges = marks(draft);
  return (
    <span className="reader-field__marked">
      {ranges.length > 0 && (
        <span className={`reader-field reader-field__backdrop ${className ?? ''}`} aria-hidden="true" data-testid={`${testId}-marks`}>
          <Marked text={draft} marks={ranges} />
        </span>
      )}
      {field}
    </span>
  );
}

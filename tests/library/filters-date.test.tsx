// @vitest-environment happy-dom
// The date filters are typed as YYYY-MM-DD text (no locale-drawn mm/dd/yyyy
// box) and change the filter only once the text is a whole date, or empty.
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { LibraryFilters } from '@/components/library-filters';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLDivElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function type(field: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, value);
  act(() => field.dispatchEvent(new Event('input', { bubbles: true })));
}

it('takes a whole YYYY-MM-DD date, not a part of one', () => {
  const onChange = vi.fn();
  act(() => root.render(<LibraryFilters filter={{}} onChange={onChange} />));
  const from = container.querySelector<HTMLInputElement>('[data-testid="filter-from"]')!;
  expect(from.type).toBe('text');
  expect(from.placeholder).toBe('yyyy-mm-dd');
  type(from, '2025-0');
  expect(onChange).not.toHaveBeenCalled();
  expect(from.getAttribute('aria-invalid')).toBe('true');
  type(from, '2025-02-30');
  expect(onChange).not.toHaveBeenCalled();
  type(from, '2025-06-29');
  expect(onChange).toHaveBeenLastCalledWith({ from: '2025-06-29' });
  type(from, '');
  expect(onChange).toHaveBeenLastCalledWith({ from: undefined });
});

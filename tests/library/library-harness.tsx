// The side panel's library mounted as the panel mounts it (open clipping and
// filter held by the parent), for the tests that drive it through the DOM.
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ClippingFilter } from '@/lib/db';
import { Library } from '@/components/library';

function Harness({ initial }: { initial: number | null }) {
  const [openId, setOpenId] = useState<number | null>(initial);
  const [filter, setFilter] = useState<ClippingFilter>({});
  return <Library openId={openId} onOpen={setOpenId} filter={filter} onFilterChange={setFilter} />;
}

/** Mounts the library in a new element of the document, the clipping `initial` open. */
export function mountLibrary(initial: number | null = null): { root: Root; container: HTMLElement } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(<Harness initial={initial} />);
  return { root, container };
}

// The roles a line can be given, as the repair menus name them, with the
// letter key that gives a focused line each role.
import type { Role } from '@/lib/repair';
import { t, type MessageKey } from '@/lib/i18n';

export interface RoleChoice {
  role: Role;
  /** Lower-case letter; shown upper-case in the menu. */
  key: string;
  label: MessageKey;
}

export const ROLE_CHOICES: readonly RoleChoice[] = [
  { role: 'title', key: 't', label: 'roleTitle' },
  { role: 'byline', key: 'b', label: 'roleByline' },
  { role: 'kicker', key: 'k', label: 'roleKicker' },
  { role: 'subtitle', key: 's', label: 'roleSubtitle' },
  { role: 'column', key: 'l', label: 'roleColumn' },
  { role: 'paragraph', key: 'p', label: 'roleParagraph' },
  { role: 'heading', key: 'h', label: 'roleHeading' },
  { role: 'note', key: 'n', label: 'roleNote' },
  { role: 'caption', key: 'c', label: 'roleCaption' },
  { role: 'furniture', key: 'f', label: 'roleFurniture' },
];

/** The letter that splits an article at the focused line. */
export const SPLIT_KEY = 'x';

export const roleLabel = (role: Role): string => t(ROLE_CHOICES.find((c) => c.role === role)!.label);

/** The role a plain letter key (no Ctrl, Alt or Meta) asks for, if any. */
export function roleForKey(event: { key: string; ctrlKey: boolean; altKey: boolean; metaKey: boolean }): Role | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  return ROLE_CHOICES.find((c) => c.key === event.key.toLowerCase())?.role ?? null;
}

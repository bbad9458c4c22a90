// A line's role as a menu button: click, Enter, Space or ↓ opens the menu of
// roles; ↑↓ Home End move, Enter or Space picks, Esc or Tab closes. Each
// choice shows the letter that picks it without the menu.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Role } from '@/lib/repair';
import { t } from '@/lib/i18n';
import { ROLE_CHOICES, roleLabel } from './repair-roles';

export interface RoleMenuProps {
  role: Role;
  onPick(role: Role): void;
}

export function RoleMenu({ role, onPick }: RoleMenuProps) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitemradio"]') ?? [])];

  // On opening, focus the current role's item.
  useEffect(() => {
    if (!open) return;
    const all = items();
    (all.find((item) => item.getAttribute('aria-checked') === 'true') ?? all[0])?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const pick = (next: Role) => {
    close(true);
    if (next !== role) onPick(next);
  };
  const onButtonKey = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      event.stopPropagation();
      setOpen(true);
    }
  };
  const onMenuKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = items();
    const at = all.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number) => all[(index + all.length) % all.length]?.focus();
    const moves: Record<string, () => void> = {
      ArrowDown: () => focus(at + 1),
      ArrowUp: () => focus(at - 1),
      Home: () => focus(0),
      End: () => focus(all.length - 1),
      Escape: () => close(true),
      Tab: () => close(false),
    };
    const move = moves[event.key];
    // Every key stays in the menu: the line's own letter shortcuts must not fire behind it.
    event.stopPropagation();
    if (!move) return;
    if (event.key !== 'Tab') event.preventDefault();
    move();
  };

  return (
    <div className="role-menu">
      <button
        ref={button}
        type="button"
        className={`role-menu__button role-menu__button--${role}`}
        data-testid="repair-role-button"
        aria-haspopup="menu"
        aria-expanded={open}
        title={t('repairRoleOf', { role: roleLabel(role) })}
        onClick={() => setOpen(!open)}
        onKeyDown={onButtonKey}
      >
        {roleLabel(role)} ▾
      </button>
      {open && (
        <ul
          ref={menu}
          className="role-menu__list"
          role="menu"
          data-testid="repair-role-menu"
          onKeyDown={onMenuKey}
          onBlur={(event) => !event.currentTarget.contains(event.relatedTarget as Node | null) && close(false)}
        >
          {ROLE_CHOICES.map((choice) => (
            <li
              key={choice.role}
              role="menuitemradio"
              aria-checked={choice.role === role}
              tabIndex={-1}
              className="role-menu__item"
              data-testid={`repair-role-${choice.role}`}
              onClick={() => pick(choice.role)}
              onKeyDown={(event) => (event.key === 'Enter' || event.key === ' ') && (event.preventDefault(), pick(choice.role))}
            >
              <span>{t(choice.label)}</span>
              <kbd className="role-menu__key">{choice.key.toUpperCase()}</kbd>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * The user menu in the slim header: a disclosure button opening a short list of links (change
 * password, log out). Escape closes it and focus returns to the button; a click elsewhere or
 * tabbing out of it closes it too.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Icon } from 'design-react-kit';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

interface UserMenuProps {
  displayName: string;
  isSystemAdmin: boolean;
  onLogout: () => void;
  loggingOut: boolean;
}

export function UserMenu({ displayName, isSystemAdmin, onLogout, loggingOut }: UserMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div
      className="user-menu dropdown ms-3"
      ref={wrapper}
      onBlur={(event) => {
        // Tabbing out of the menu closes it.
        if (open && !wrapper.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="btn btn-link dropdown-toggle d-inline-flex align-items-center gap-1 p-1"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        <Icon icon="it-user" size="sm" color="white" aria-hidden="true" />
        <span className="visually-hidden">{t('userMenu.label')}: </span>
        <span className="user-menu-name" data-testid="user-display-name">{displayName}</span>
      </button>
      <div id={menuId} className={open ? 'dropdown-menu dropdown-menu-end show' : 'dropdown-menu dropdown-menu-end'} hidden={!open}>
        <div className="link-list-wrapper">
          <ul className="link-list">
            {isSystemAdmin ? <li><span className="list-item small text-muted px-3">{t('userMenu.systemAdmin')}</span></li> : null}
            <li>
              <Link to="/profilo/password" className="list-item" onClick={() => setOpen(false)}>
                <span>{t('userMenu.changePassword')}</span>
              </Link>
            </li>
            <li>
              <button type="button" className="list-item" onClick={onLogout} disabled={loggingOut}>
                <span>{t('userMenu.logout')}</span>
              </button>
            </li>
          </ul>
        </div>
      </div>
    </div>
  );
}

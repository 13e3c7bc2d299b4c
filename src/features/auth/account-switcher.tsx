import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Avatar } from '@/components/avatar.tsx';
import { useSessionState, useSessionStore } from './session-context.tsx';
import type { Session } from './session-store.ts';

interface Props {
  avatar: string | null;
  onSwitched: () => void;
  onSignedOut: (next: Session | null, revoked: boolean) => void;
  onAddAccount: () => void;
}

/** The header's account menu: every signed-in account, add another, sign out of this one. */
export function AccountSwitcher({ avatar, onSwitched, onSignedOut, onAddAccount }: Props) {
  const { t } = useTranslation();
  const { sessions, active } = useSessionState();
  const store = useSessionStore();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  if (!active) return null;
  const label = (s: Session) => `@${s.acct}@${new URL(s.origin).host}`;

  return (
    <div className="menu" onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}>
      <button type="button" className="button ghost account-button" aria-expanded={open} aria-controls="account-menu" onClick={() => setOpen(!open)}>
        <Avatar src={avatar} size={28} />
        <span>@{active.acct}</span>
      </button>
      {open && (
        <div id="account-menu" className="menu-panel">
          <p className="muted small">{t('session.signedInAs')}</p>
          <ul className="plain">
            {sessions.map((s) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="menu-item"
                  aria-current={s.id === active.id ? 'true' : undefined}
                  onClick={() => {
                    setOpen(false);
                    if (s.id !== active.id) {
                      store.activate(s.id);
                      onSwitched();
                    }
                  }}
                >
                  {label(s)}
                  {s.id === active.id && <span className="sr-only"> {t('session.current')}</span>}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" className="menu-item" onClick={onAddAccount}>
            {t('session.addAccount')}
          </button>
          <button
            type="button"
            className="menu-item danger"
            disabled={signingOut}
            onClick={async () => {
              setSigningOut(true);
              const { signOut } = await import('./sign-out.ts');
              const result = await signOut(active, { sessions: store, queryClient });
              setSigningOut(false);
              setOpen(false);
              onSignedOut(result.next, result.revoked);
            }}
          >
            {signingOut ? t('session.signingOut') : t('session.signOut')}
          </button>
        </div>
      )}
    </div>
  );
}

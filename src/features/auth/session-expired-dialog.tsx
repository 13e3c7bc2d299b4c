import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '@/components/dialog.tsx';
import type { Language } from '@/lib/i18n.ts';
import { useSessionState, useSessionStore } from './session-context.tsx';

/** Opens on any 401; signing in again comes back to the same URL, filters included. */
export function SessionExpiredDialog() {
  const { t, i18n } = useTranslation();
  const { expired } = useSessionState();
  const store = useSessionStore();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  if (!expired) return null;
  const host = new URL(expired.origin).host;

  const signInAgain = async () => {
    setBusy(true);
    setFailed(false);
    try {
      // The OAuth code loads only when needed, keeping it out of every page's first bundle.
      const { startSignIn } = await import('./sign-in.ts');
      await startSignIn({
        origin: expired.origin,
        forceLogin: false,
        returnTo: window.location.pathname + window.location.search,
        lang: i18n.language as Language,
      });
    } catch {
      setFailed(true);
      setBusy(false);
    }
  };

  return (
    <Dialog open title={t('session.expiredTitle')} onClose={() => store.dismissExpired()}>
      <p>{t('session.expiredBody', { acct: expired.acct, host })}</p>
      {failed && (
        <p className="field-error" role="alert">
          {t('login.unreachable', { host })}
        </p>
      )}
      <div className="row end">
        <button type="button" className="button" onClick={() => store.dismissExpired()}>
          {t('common.close')}
        </button>
        <button type="button" className="button primary" onClick={() => void signInAgain()} disabled={busy} autoFocus>
          {busy ? t('login.redirecting') : t('session.signInAgain')}
        </button>
      </div>
    </Dialog>
  );
}

import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { completeSignIn, SignInError } from './sign-in.ts';
import { useSessionStore } from './session-context.tsx';
import { errorMessage } from '@/components/error-message.ts';

/** One completion per callback URL, so React's double effects in development exchange the code once. */
const inFlight = new Map<string, ReturnType<typeof completeSignIn>>();

export function safeReturnPath(path: string | undefined): string {
  return path && path.startsWith('/') && !path.startsWith('//') && !path.startsWith('/callback') ? path : '/';
}

export function CallbackView({ onDone, loginLink }: { onDone: (returnTo: string) => void; loginLink: React.ReactNode }) {
  const { t } = useTranslation();
  const sessions = useSessionStore();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    const search = window.location.search;
    // The code and state leave the address bar (and history) before anything else happens.
    window.history.replaceState(window.history.state, '', '/callback');
    let run = inFlight.get(search);
    if (!run) {
      run = completeSignIn(new URLSearchParams(search), { sessions, queryClient });
      inFlight.set(search, run);
    }
    run.then(
      ({ returnTo }) => onDone(safeReturnPath(returnTo)),
      (error: unknown) => setFailure(error),
    );
  }, [sessions, queryClient, onDone]);

  if (!failure) {
    return (
      <div className="card" role="status" aria-live="polite">
        <p>{t('callback.signingIn')}</p>
      </div>
    );
  }
  const message =
    failure instanceof SignInError
      ? failure.problem === 'oauth_error'
        ? t('callback.problems.oauth_error', { detail: failure.detail })
        : t(`callback.problems.${failure.problem}`)
      : errorMessage(failure, t);
  return (
    <div className="card" role="alert">
      <h1>{t('callback.failedTitle')}</h1>
      <p>{message}</p>
      {loginLink}
    </div>
  );
}

import { useCallback } from 'react';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CallbackView } from '@/features/auth/callback-view.tsx';

export const Route = createFileRoute('/callback')({
  component: CallbackPage,
});

function CallbackPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const onDone = useCallback((returnTo: string) => void navigate({ href: returnTo, replace: true }), [navigate]);
  return (
    <main className="centered" id="main">
      <CallbackView
        onDone={onDone}
        loginLink={
          <Link to="/login" className="button primary">
            {t('callback.backToLogin')}
          </Link>
        }
      />
    </main>
  );
}

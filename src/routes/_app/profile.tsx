import { createFileRoute } from '@tanstack/react-router';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { credentialsQuery, credentialsQueryKey } from '@/features/auth/queries.ts';
import { useActiveSession, useSessionStore } from '@/features/auth/session-context.tsx';
import { ProfileView } from '@/features/profile/profile-view.tsx';

export const Route = createFileRoute('/_app/profile')({
  component: ProfilePage,
});

function ProfilePage() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const store = useSessionStore();
  const { data: account } = useSuspenseQuery(credentialsQuery(session));
  return (
    <div className="page">
      <h1>{t('profile.title')}</h1>
      <ProfileView
        session={session}
        account={account}
        credentialsKey={credentialsQueryKey(session)}
        onSignInAgain={() => store.markExpired(session.token)}
      />
    </div>
  );
}

import { useEffect } from 'react';
import { createFileRoute, Outlet, redirect, useNavigate, useRouter } from '@tanstack/react-router';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { credentialsQuery, instanceQuery } from '@/features/auth/queries.ts';
import { useActiveSession, usePermissions } from '@/features/auth/session-context.tsx';
import { AccountSwitcher } from '@/features/auth/account-switcher.tsx';
import { saveShellSnapshot, seedShellSnapshot } from '@/features/auth/shell-snapshot.ts';
import { pendingCountQuery } from '@/features/pending/queries.ts';
import { Shell } from '@/features/shell/shell.tsx';

/**
 * Everything behind sign-in: needs an active session, and loads the account and instance in parallel.
 * A stored copy of both draws the shell at once; the requests still run and replace it.
 */
export const Route = createFileRoute('/_app')({
  beforeLoad: ({ context, location }) => {
    const session = context.sessions.getSnapshot().active;
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
    return { session };
  },
  loader: async ({ context }) => {
    const { queryClient, session } = context;
    seedShellSnapshot(queryClient, session);
    await Promise.all([
      queryClient.ensureQueryData({ ...credentialsQuery(session), revalidateIfStale: true }),
      queryClient.ensureQueryData({ ...instanceQuery(session), revalidateIfStale: true }),
    ]);
  },
  component: AppLayout,
});

function AppLayout() {
  const session = useActiveSession();
  const router = useRouter();
  const navigate = useNavigate();
  const { data: account } = useSuspenseQuery(credentialsQuery(session));
  const { data: instance } = useSuspenseQuery(instanceQuery(session));
  const permissions = usePermissions(session);
  const canModerate = permissions.has('manage_users') || permissions.has('manage_reports');
  const approvalRequired = instance.registrations?.approval_required === true;
  const pending = useQuery({ ...pendingCountQuery(session), enabled: approvalRequired && permissions.has('manage_users') });
  useEffect(() => saveShellSnapshot(session, account, instance), [session, account, instance]);

  return (
    <Shell
      instanceName={instance.title || new URL(session.origin).host}
      version={instance.version}
      canModerate={canModerate}
      pending={pending.data ?? null}
      accountMenu={
        <AccountSwitcher
          avatar={account.avatar_static}
          onSwitched={() => void router.invalidate().then(() => navigate({ to: '/' }))}
          onAddAccount={() => void navigate({ to: '/login' })}
          onSignedOut={(next) => void (next ? router.invalidate().then(() => navigate({ to: '/' })) : navigate({ to: '/login' }))}
        />
      }
    >
      <Outlet />
    </Shell>
  );
}

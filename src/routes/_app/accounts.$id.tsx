import { useCallback, useMemo } from 'react';
import { createFileRoute, Link, useNavigate } from '@tanstack/react-router';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AdminAccount } from '@/api/types.ts';
import { NoAccess } from '@/components/no-access.tsx';
import { AccountDetail } from '@/features/account-detail/account-detail.tsx';
import { isPendingSignUp } from '@/features/account-detail/available-actions.ts';
import { acctOf } from '@/features/account-detail/use-account-actions.ts';
import { accountQuery } from '@/features/account-detail/queries.ts';
import { StateBadges } from '@/features/accounts/state-badges.tsx';
import { knownPermissions } from '@/features/auth/known-permissions.ts';
import { credentialsQuery } from '@/features/auth/queries.ts';
import { useActiveSession, usePermissions } from '@/features/auth/session-context.tsx';
import { accountKey, findListedAccount, nextListedAccount } from '@/lib/account-cache.ts';

export const Route = createFileRoute('/_app/accounts/$id')({
  loader: async ({ context, params }) => {
    const { queryClient, session } = context;
    if (!knownPermissions(queryClient, session).has('manage_users')) return;
    // A row from a loaded list shows at once; the request still runs and replaces it.
    const key = accountKey(session, params.id);
    const listed = findListedAccount(queryClient, session, params.id);
    if (listed && !queryClient.getQueryData(key)) queryClient.setQueryData(key, listed, { updatedAt: 0 });
    // Errors (a 404 for a rejected account) are the page's to explain, not the router's.
    await queryClient.ensureQueryData({ ...accountQuery(session, params.id), revalidateIfStale: true }).catch(() => undefined);
  },
  component: AccountPage,
});

const badges = (account: AdminAccount) => <StateBadges account={account} />;

function AccountPage() {
  const { t } = useTranslation();
  const { id } = Route.useParams();
  const session = useActiveSession();
  const permissions = usePermissions(session);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { data: me } = useSuspenseQuery(credentialsQuery(session));

  // For a pending sign-up opened from a list: the next one in it, fixed when the page opens (an
  // approved account leaves that list), so triage goes on from here.
  const nextPending = useMemo(() => {
    const listed = findListedAccount(queryClient, session, id);
    return listed && isPendingSignUp(listed) ? nextListedAccount(queryClient, session, id, isPendingSignUp) : undefined;
  }, [queryClient, session, id]);

  const onRejected = useCallback(
    async (account: AdminAccount) => {
      const next = nextListedAccount(queryClient, session, account.id, isPendingSignUp);
      await (next ? navigate({ to: '/accounts/$id', params: { id: next.id }, replace: true }) : navigate({ to: '/pending', replace: true }));
    },
    [navigate, queryClient, session],
  );

  if (!permissions.has('manage_users')) return <NoAccess roleName={me.role?.name ?? ''} permission={t('permissions.manage_users')} />;
  return (
    <>
      {nextPending && (
        <p className="next-pending">
          <Link to="/accounts/$id" params={{ id: nextPending.id }}>
            {t('account.nextPending', { acct: acctOf(nextPending) })} →
          </Link>
        </p>
      )}
      <AccountDetail key={id} session={session} id={id} permissions={permissions} badges={badges} onRejected={onRejected} />
    </>
  );
}
